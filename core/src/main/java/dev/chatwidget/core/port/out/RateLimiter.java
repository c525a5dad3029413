package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Client-side rate limiting: a caller asks for a permit before each request, so the client waits its turn instead
 * of provoking 429s from the service.
 */
@FunctionalInterface
public interface RateLimiter {

    /**
     * Waits, if need be, for permission to send one request concerning {@code location} (empty for calls that
     * concern no location, such as public config), but never past {@code deadline}.
     *
     * @return the permit; or {@code RateLimited} (scope BURST, with the wait that would have been needed as
     *         {@code retryAfter}) when no permit can be had before the deadline; or {@code TransportFailure} (that
     *         never reached the server) when the waiting thread was interrupted, whose interrupt flag is then set
     */
    Either<ChatWidgetError, Permit> acquire(Optional<LocationId> location, Instant deadline);

    /** A limiter that always grants at once. */
    static RateLimiter unlimited() {
        return (location, deadline) -> Either.right(Permit.IMMEDIATE);
    }

    /**
     * Permission to send one request. Nothing to release: permits come back with time, not with the response.
     *
     * @param waited how long the caller was made to wait for it
     */
    record Permit(Duration waited) {

        /** A permit granted without waiting. */
        public static final Permit IMMEDIATE = new Permit(Duration.ZERO);

        public Permit {
            Objects.requireNonNull(waited, "waited");
            if (waited.isNegative()) {
                throw new IllegalArgumentException("waited must not be negative");
            }
        }
    }
}
