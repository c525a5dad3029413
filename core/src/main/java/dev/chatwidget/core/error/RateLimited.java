package dev.chatwidget.core.error;

import dev.chatwidget.core.domain.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * 429: the burst window (retry after a short wait) or the daily quota (do not retry today) is used up.
 *
 * @param retryAfter how long the server asked to wait ({@code Retry-After}, else the burst interval)
 */
public record RateLimited(Scope scope, RateLimits limits, Optional<Duration> retryAfter, String message,
                          Optional<String> traceId) implements ChatWidgetError {

    /** Which limit was hit. */
    public enum Scope { BURST, DAILY }

    public RateLimited {
        Objects.requireNonNull(scope, "scope");
        limits = limits == null ? RateLimits.NONE : limits;
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
        Objects.requireNonNull(message, "message");
        traceId = traceId == null ? Optional.empty() : traceId;
    }

    /** When the daily budget resets, if the service said so (meaningful when {@code scope} is DAILY). */
    public Optional<Instant> dailyResetAt() {
        return limits.dailyReset();
    }

    @Override
    public int status() {
        return 429;
    }
}
