package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.util.List;
import java.util.Optional;

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

    /** The headers of one request: the bearer token when the call has one, the JSON content type with a body. */
    List<Header> forCall(Optional<AccessToken> token, boolean hasBody) {
        if (token.isEmpty()) {
            return hasBody ? List.of(version, accept, contentType, userAgent) : List.of(version, accept, userAgent);
        }
        Header authorization = new Header("Authorization", "Bearer " + token.get().reveal());
        return hasBody
                ? List.of(authorization, version, accept, contentType, userAgent)
                : List.of(authorization, version, accept, userAgent);
    }
}
