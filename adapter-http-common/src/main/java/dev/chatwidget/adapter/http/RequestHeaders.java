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
    /** The last token's header: calls reuse one token for its lifetime, so the header is built once per token. */
    private volatile Bearer last;

    RequestHeaders(HttpConfig config) {
        this.version = new Header("Version", config.apiVersion());
        this.userAgent = new Header("User-Agent", UserAgent.of(config.userAgentSuffix()));
    }

    /** The headers of one request: the bearer token when the call has one, the JSON content type with a body. */
    List<Header> forCall(Optional<AccessToken> token, boolean hasBody) {
        if (token.isEmpty()) {
            return hasBody ? List.of(version, accept, contentType, userAgent) : List.of(version, accept, userAgent);
        }
        Header authorization = authorization(token.get());
        return hasBody
                ? List.of(authorization, version, accept, contentType, userAgent)
                : List.of(authorization, version, accept, userAgent);
    }

    private Header authorization(AccessToken token) {
        Bearer cached = last;
        if (cached != null && cached.token().equals(token)) {
            return cached.header();
        }
        Header header = new Header("Authorization", "Bearer " + token.reveal());
        last = new Bearer(token, header);
        return header;
    }

    /** A token and its header; never printed (the record's toString would show neither, but keep it private). */
    private record Bearer(AccessToken token, Header header) {
        @Override
        public String toString() {
            return "Bearer[****]";
        }
    }
}
