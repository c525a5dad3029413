package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.util.List;
import java.util.Optional;

/** The headers of every call; the fixed ones are checked once, at construction. */
final class RequestHeaders {

    static final String JSON = "application/json";
    private static final Header ACCEPT = new Header("Accept", JSON);
    private static final Header CONTENT_TYPE = new Header("Content-Type", JSON);

    private final List<Header> withoutToken;
    private final List<Header> withoutTokenWithBody;
    /** The last token's headers: calls reuse one token for its lifetime, so they are built once per token. */
    private volatile Bearer last;

    RequestHeaders(HttpConfig config) {
        Header version = new Header("Version", config.apiVersion());
        Header userAgent = new Header("User-Agent", UserAgent.of(config.userAgentSuffix()));
        this.withoutToken = List.of(version, ACCEPT, userAgent);
        this.withoutTokenWithBody = List.of(version, ACCEPT, CONTENT_TYPE, userAgent);
    }

    /** The headers of one request: the bearer token when the call has one, the JSON content type with a body. */
    List<Header> forCall(Optional<AccessToken> token, boolean hasBody) {
        if (token.isEmpty()) {
            return hasBody ? withoutTokenWithBody : withoutToken;
        }
        Bearer bearer = bearer(token.get());
        return hasBody ? bearer.withBody() : bearer.withoutBody();
    }

    private Bearer bearer(AccessToken token) {
        Bearer cached = last;
        if (cached != null && cached.token().equals(token)) {
            return cached;
        }
        Header authorization = new Header("Authorization", "Bearer " + token.reveal());
        Bearer bearer = new Bearer(token, prefixed(authorization, withoutToken),
                prefixed(authorization, withoutTokenWithBody));
        last = bearer;
        return bearer;
    }

    private static List<Header> prefixed(Header first, List<Header> rest) {
        Header[] all = new Header[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return List.of(all);
    }

    /** A token and the headers that carry it; never printed (the token is in them). */
    private record Bearer(AccessToken token, List<Header> withoutBody, List<Header> withBody) {
        @Override
        public String toString() {
            return "Bearer[****]";
        }
    }
}
