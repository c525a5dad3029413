package dev.chatwidget.testkit.server;

import dev.chatwidget.core.call.Operation;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One request as the fake server received it. {@link #toString()} redacts the Authorization header, so a recorded
 * request can be logged or shown in an assertion message without leaking a token.
 *
 * @param method    the HTTP method, e.g. {@code PATCH}
 * @param path      the raw (still percent-encoded) path, e.g. {@code /chat-widget/data/loc%201/abc}
 * @param rawQuery  the raw query without {@code ?}, empty when there was none
 * @param headers   the request headers, looked up case-insensitively
 * @param body      the body as UTF-8 text, empty when there was none
 * @param operation the API operation the path and method resolved to, empty for unknown routes
 * @param route     the route template it resolved to (e.g. {@code /chat-widget/data/{locationId}/{id}}), if any
 * @param receivedAt when it arrived, on the server's clock
 */
public record RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                              String body, Optional<Operation> operation, Optional<String> route,
                              Instant receivedAt) {

    private static final String REDACTED = "REDACTED";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");
    private static final int SHOWN_BODY_CHARS = 2000;

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
        operation = operation == null ? Optional.empty() : operation;
        route = route == null ? Optional.empty() : route;
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether it resolved to {@code op}. */
    public boolean is(Operation op) {
        return operation.filter(op::equals).isPresent();
    }

    /**
     * Secret-free: credentials headers are redacted, and bodies of requests outside the widget API (such as an
     * OAuth token request, which carries client secrets) are shown only by size.
     */
    @Override
    public String toString() {
        TreeMap<String, Object> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> shown.put(k, SECRET_HEADERS.contains(k.toLowerCase(Locale.ROOT)) ? REDACTED : v));
        return "RecordedRequest[" + method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery)
                + ", operation=" + operation.map(Enum::name).orElse("none")
                + ", headers=" + shown + ", body=" + shownBody() + ", receivedAt=" + receivedAt + "]";
    }

    private String shownBody() {
        if (operation.isEmpty() && !body.isEmpty()) {
            return "<" + body.length() + " chars>";
        }
        return body.length() <= SHOWN_BODY_CHARS ? body : body.substring(0, SHOWN_BODY_CHARS) + "...";
    }
}
