package dev.chatwidget.adapter.http;

import dev.chatwidget.adapter.http.wire.ErrorBodies;
import dev.chatwidget.adapter.http.wire.ErrorBody;
import dev.chatwidget.adapter.http.wire.Excerpts;
import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.error.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a non-2xx response into an error value, by status first: the body only adds detail, and may be empty,
 * truncated, HTML or anything else.
 */
public final class ErrorClassifier {

    /** Where proxies and the service put a trace id when the body does not carry one. */
    static final List<String> TRACE_HEADERS = List.of("X-Trace-Id", "Trace-Id", "X-Request-Id", "X-Correlation-Id");

    private static final int MAX_MESSAGE = 300;

    private ErrorClassifier() {
    }

    public static ChatWidgetError classify(int status, ResponseHeaders headers, byte[] body, RateLimits limits,
                                           Instant now) {
        Optional<ErrorBody> errorBody = WireCodec.instance().decodeError(body);
        Optional<String> traceId = errorBody.flatMap(ErrorBody::traceId).map(ErrorClassifier::cleanTraceId)
                .filter(t -> !t.isEmpty()).or(() -> traceId(headers));
        List<String> messages = errorBody.map(ErrorBody::messages).orElse(List.of()).stream()
                .map(m -> Excerpts.of(m, MAX_MESSAGE)).filter(m -> !m.isEmpty()).toList();
        String message = messages.isEmpty()
                ? "HTTP " + status + " " + ErrorBodies.reasonPhrase(status)
                : Excerpts.of(String.join("; ", messages), MAX_MESSAGE);
        switch (status) {
            case 400, 422 -> {
                List<Violation> violations = messages.isEmpty()
                        ? List.of(Violation.unattributed(message))
                        : messages.stream().map(ViolationMessages::parse).toList();
                return new Invalid(status, violations, traceId);
            }
            case 401 -> {
                return new Unauthorized(message, traceId);
            }
            case 403 -> {
                return new Forbidden(message, traceId);
            }
            case 404 -> {
                return new NotFound(message, traceId);
            }
            case 429 -> {
                return rateLimited(headers, limits, now, message, traceId);
            }
            default -> {
                if (status >= 500 && status <= 599) {
                    return new ServerError(status, message, traceId);
                }
                return new UnexpectedResponse(status, "unexpected HTTP status " + status, Excerpts.of(body), traceId);
            }
        }
    }

    /** The trace id from response headers (for successful calls, whose bodies carry none). */
    public static Optional<String> traceId(ResponseHeaders headers) {
        for (String name : TRACE_HEADERS) {
            Optional<String> value = headers.first(name).map(ErrorClassifier::cleanTraceId).filter(v -> !v.isEmpty());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static RateLimited rateLimited(ResponseHeaders headers, RateLimits limits, Instant now, String message,
                                           Optional<String> traceId) {
        RateLimited.Scope scope = limits.dailyExhausted() ? RateLimited.Scope.DAILY : RateLimited.Scope.BURST;
        Optional<Duration> retryAfter = headers.first(RetryAfter.HEADER).flatMap(v -> RetryAfter.parse(v, now));
        if (retryAfter.isEmpty() && scope == RateLimited.Scope.BURST) {
            // The burst window is the longest a burst limit can last; the daily quota has no such hint.
            retryAfter = limits.burstInterval();
        }
        if (scope == RateLimited.Scope.DAILY && limits.dailyReset().isPresent()) {
            message = message + " (the daily budget resets at " + limits.dailyReset().get() + ")";
        }
        return new RateLimited(scope, limits, retryAfter, message, traceId);
    }

    private static String cleanTraceId(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 128));
        for (int i = 0; i < raw.length() && out.length() < 128; i++) {
            char c = raw.charAt(i);
            if (c > 0x20 && c < 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
