package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.util.List;

/** The headers of every call; the fixed ones are checked once, at construction. */
final class RequestHeaders {

    static final String JSON = "application/json";

    private final Header version;
    private final Header userAgent;
    private final Header accept = new Header("Accept", JSON);
    private final Header contentType = new Header("Content-Type", JSON);

    RequestHeaders(HttpConfig config) {
        this.version = new Header("Version", config.apiVersion());
        this.userAgent = new Header("User-Agent", UserAgent.of(config.userAgentSuffix()));
    }

    List<Header> forCall(AccessToken token, boolean hasBody) {
        Header authorization = new Header("Authorization", "Bearer " + token.reveal());
        return hasBody
                ? List.of(authorization, version, accept, contentType, userAgent)
                : List.of(authorization, version, accept, userAgent);
    }
}
