package dev.chatwidget.core.call;

import dev.chatwidget.core.domain.LocationId;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every step may know about the call under way, passed as an argument (never a thread-local), so a call can
 * move between threads. Immutable: a step that changes something hands the rest of the chain a new context.
 *
 * <p>The earliest deadline always wins: the attempt's deadline is never later than the call's (the constructor
 * moves it back to the call's), and an adapter's own timeouts only ever shorten an attempt further.
 *
 * @param operation       which operation is being called
 * @param location        the location the call concerns, empty when it concerns none (public config)
 * @param clock           the clock both deadlines are measured on
 * @param callDeadline    when the whole call (all attempts and waits) must be over
 * @param attemptDeadline when the attempt under way must be over; at most {@code callDeadline}
 * @param attempt         1 for the first attempt, 2 for the next, ...
 * @param rateLimitWait   how long the client-side limiter made this attempt wait; zero before it was asked
 */
public record CallContext(Operation operation, Optional<LocationId> location, Clock clock, Instant callDeadline,
        Instant attemptDeadline, int attempt, Duration rateLimitWait) {

    public CallContext {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(callDeadline, "callDeadline");
        Objects.requireNonNull(attemptDeadline, "attemptDeadline");
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        if (rateLimitWait.isNegative()) {
            throw new IllegalArgumentException("rateLimitWait must not be negative, was " + rateLimitWait);
        }
        attemptDeadline = attemptDeadline.isAfter(callDeadline) ? callDeadline : attemptDeadline;
    }

    /**
     * The context of a call's first attempt: both deadlines {@code callTimeout} from now (the retry step, when
     * there is one, narrows each attempt's deadline), no rate-limit wait yet.
     */
    public static CallContext start(WidgetRequest<?> request, Clock clock, Duration callTimeout) {
        Objects.requireNonNull(request, "request");
        Instant deadline = deadlineAfter(clock.instant(), callTimeout);
        return new CallContext(request.operation(), request.location(), clock, deadline, deadline, 1, Duration.ZERO);
    }

    /** {@code start + timeout}, or the end of time if that cannot be represented. */
    public static Instant deadlineAfter(Instant start, Duration timeout) {
        try {
            return start.plus(timeout);
        } catch (DateTimeException | ArithmeticException tooFar) {
            return Instant.MAX;
        }
    }

    /** This call's attempt number {@code number}, bounded by {@code deadline} (and always by the call's deadline). */
    public CallContext withAttempt(int number, Instant deadline) {
        return new CallContext(operation, location, clock, callDeadline, deadline, number, Duration.ZERO);
    }

    /** The same attempt, having waited {@code wait} for the client-side rate limiter. */
    public CallContext withRateLimitWait(Duration wait) {
        return new CallContext(operation, location, clock, callDeadline, attemptDeadline, attempt, wait);
    }

    /** The time left before the call's deadline; zero once it has passed. */
    public Duration callRemaining() {
        return remainingUntil(callDeadline);
    }

    /** The time left before this attempt's deadline; zero once it has passed. */
    public Duration attemptRemaining() {
        return remainingUntil(attemptDeadline);
    }

    private Duration remainingUntil(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
