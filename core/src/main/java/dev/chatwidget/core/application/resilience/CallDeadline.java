package dev.chatwidget.core.application.resilience;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The deadline of the call running on this thread. The gateway port has no deadline parameter, so the retrying
 * gateway publishes its call's deadline here and the rate-limiting gateway beneath it reads it: a wait for a permit
 * then never outlasts the call. Gateway calls are synchronous, so a thread-local is exactly the call's scope.
 */
final class CallDeadline {

    private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

    private CallDeadline() {
    }

    /** {@code start + timeout}, or the end of time if that cannot be represented. */
    static Instant after(Instant start, Duration timeout) {
        try {
            return start.plus(timeout);
        } catch (DateTimeException | ArithmeticException tooFar) {
            return Instant.MAX;
        }
    }

    static Optional<Instant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code body} with {@code deadline} in force (or an earlier one already in force), then restores. */
    static <T> T within(Instant deadline, Supplier<T> body) {
        Instant outer = CURRENT.get();
        CURRENT.set(outer != null && outer.isBefore(deadline) ? outer : deadline);
        try {
            return body.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
