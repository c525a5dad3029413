package dev.chatwidget.testkit.server;

import dev.chatwidget.core.call.Operation;
import java.util.Locale;
import java.util.Objects;

/** Which requests a scripted fault applies to. */
@FunctionalInterface
public interface RequestMatcher {

    /** Whether the fault applies to {@code request} (its route and operation are already resolved). */
    boolean matches(RecordedRequest request);

    /** Every request. */
    static RequestMatcher any() {
        return request -> true;
    }

    /** Requests that resolved to {@code operation} (e.g. every create). */
    static RequestMatcher operation(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        return request -> request.is(operation);
    }

    /**
     * Requests with this method whose path resolved to this route template, e.g.
     * {@code route("PATCH", "/chat-widget/data/{locationId}/{id}")}; the template of a handler mounted with
     * {@link FakeHighLevelServer.Builder#handler} is its path.
     */
    static RequestMatcher route(String method, String template) {
        String m = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(template, "template");
        return request -> request.method().equals(m) && request.route().filter(template::equals).isPresent();
    }

    /** Requests with this method and exactly this raw path. */
    static RequestMatcher path(String method, String rawPath) {
        String m = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(rawPath, "rawPath");
        return request -> request.method().equals(m) && request.path().equals(rawPath);
    }

    /** Requests both matchers accept. */
    default RequestMatcher and(RequestMatcher other) {
        Objects.requireNonNull(other, "other");
        return request -> matches(request) && other.matches(request);
    }
}
