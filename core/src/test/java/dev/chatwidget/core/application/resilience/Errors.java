package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.UnexpectedResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Errors as the adapters return them. */
final class Errors {

    private Errors() {
    }

    static ServerError server(int status) {
        return new ServerError(status, "server error " + status, Optional.of("trace-" + status));
    }

    static TransportFailure mayHaveReachedServer() {
        return TransportFailure.of("read timed out", true);
    }

    static TransportFailure neverSent() {
        return TransportFailure.of("connection refused", false);
    }

    static RateLimited burst(Duration retryAfter) {
        return new RateLimited(RateLimited.Scope.BURST, RateLimits.NONE, Optional.of(retryAfter), "too many requests",
                Optional.empty());
    }

    static RateLimited burstWithoutRetryAfter() {
        return new RateLimited(RateLimited.Scope.BURST, RateLimits.NONE, Optional.empty(), "too many requests",
                Optional.empty());
    }

    static RateLimited daily() {
        return new RateLimited(RateLimited.Scope.DAILY, RateLimits.NONE, Optional.of(Duration.ofHours(3)),
                "daily limit reached", Optional.empty());
    }

    /** The transient server and transport failures an idempotent operation retries. */
    static List<ChatWidgetError> transientFailures() {
        return List.of(server(500), server(502), server(503), server(504), mayHaveReachedServer(), neverSent());
    }

    /** Failures a retry could not mend. */
    static List<ChatWidgetError> permanentFailures() {
        return List.of(Invalid.of("name", "is required"), new Invalid(400, List.of(), Optional.empty()),
                Unauthorized.of("invalid token"), Forbidden.of("no access to this location"), NotFound.of("gone"),
                new UnexpectedResponse(200, "malformed JSON", "{\"chatW", Optional.empty()), server(501),
                server(505), server(599), daily());
    }
}
