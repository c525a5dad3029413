package dev.chatwidget.adapter.http.oauth;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/** Where the token endpoint is, given the API's base URI; secrets travel only over https (or to loopback). */
final class TokenEndpointUri {

    private TokenEndpointUri() {
    }

    static URI of(URI base) {
        Objects.requireNonNull(base, "baseUri");
        if (!base.isAbsolute() || base.getHost() == null) {
            throw new IllegalArgumentException("baseUri must be absolute with a host: " + base);
        }
        if (base.getRawUserInfo() != null || base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUri must not carry user info, a query or a fragment");
        }
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(base.getHost()))) {
            throw new IllegalArgumentException(
                    "baseUri must be https (plain http only for a loopback host), so the client secret and refresh"
                            + " token are never sent in clear: " + base);
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + base.getRawAuthority() + path + "/oauth/token");
    }

    /** Judged without any DNS lookup: "localhost", or an IP literal in a loopback range. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.matches("[0-9A-Fa-f:.]+")) {
            return false; // a name: resolving it here would trust DNS with the decision
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
