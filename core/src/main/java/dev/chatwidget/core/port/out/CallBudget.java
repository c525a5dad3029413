package dev.chatwidget.core.port.out;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The deadline of the gateway call running on this thread, and which attempt of it is under way. The port has no
 * deadline parameter, so a decorator that bounds or retries calls publishes the budget here and the layers beneath
 * read it: a rate limiter waits no longer than the call may take, and an adapter ends an attempt under way by the
 * call's deadline (not only by its own, possibly longer, timeouts) and labels its logs with the attempt. Gateway
 * calls are synchronous, so a thread-local is exactly the call's scope.
 *
 * @param deadline when the call must be over, on {@code clock}
 * @param clock    the clock the deadline is measured on
 * @param attempt  1 for the first attempt, 2 for the first retry, ...
 */
public record CallBudget(Instant deadline, Clock clock, int attempt) {

    private static final ThreadLocal<CallBudget> CURRENT = new ThreadLocal<>();

    public CallBudget {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(clock, "clock");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
    }

    /** {@code start + timeout}, or the end of time if that cannot be represented. */
    public static Instant deadlineAfter(Instant start, Duration timeout) {
        try {
            return start.plus(timeout);
        } catch (DateTimeException | ArithmeticException tooFar) {
            return Instant.MAX;
        }
    }

    /** The budget of the call running on this thread, if a decorator set one. */
    public static Optional<CallBudget> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The time left before the deadline, on the deadline's clock; zero once it has passed. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Runs {@code body} with this budget in force, then restores the one before. A budget already in force with
     * less time left keeps its deadline (a nested call cannot extend the call around it); the attempt is this one's.
     */
    public <T> T run(Supplier<T> body) {
        CallBudget outer = CURRENT.get();
        CURRENT.set(outer != null && outer.remaining().compareTo(remaining()) < 0
                ? new CallBudget(outer.deadline, outer.clock, attempt) : this);
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
