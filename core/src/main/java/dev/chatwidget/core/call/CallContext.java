package dev.chatwidget.core.call;

import dev.chatwidget.core.domain.Durations;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
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
 * @param credentials     the bearer token the auth step obtained for this attempt; empty before it ran (and for
 *                        an adapter that needs none); {@link #toString()} never shows it
 */
public record CallContext(Operation operation, Optional<LocationId> location, Clock clock, Instant callDeadline,
        Instant attemptDeadline, int attempt, Duration rateLimitWait, Optional<AccessToken> credentials) {

    public CallContext {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(callDeadline, "callDeadline");
        Objects.requireNonNull(attemptDeadline, "attemptDeadline");
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        Objects.requireNonNull(credentials, "credentials");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        if (rateLimitWait.isNegative()) {
            throw new IllegalArgumentException("rateLimitWait must not be negative, was " + rateLimitWait);
        }
        attemptDeadline = attemptDeadline.isAfter(callDeadline) ? callDeadline : attemptDeadline;
    }

    /** A context without credentials (before the auth step, or for an adapter that needs none). */
    public CallContext(Operation operation, Optional<LocationId> location, Clock clock, Instant callDeadline,
                       Instant attemptDeadline, int attempt, Duration rateLimitWait) {
        this(operation, location, clock, callDeadline, attemptDeadline, attempt, rateLimitWait, Optional.empty());
    }

    /**
     * The context of a call's first attempt: both deadlines {@code callTimeout} from now (the retry step, when
     * there is one, narrows each attempt's deadline), no rate-limit wait yet.
     */
    public static CallContext start(WidgetRequest<?> request, Clock clock, Duration callTimeout) {
        return start(request, clock, callTimeout, callTimeout);
    }

    /** The context of a call's first attempt, bounded by {@code attemptTimeout} as well as {@code callTimeout}. */
    public static CallContext start(WidgetRequest<?> request, Clock clock, Duration callTimeout,
                                    Duration attemptTimeout) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        return new CallContext(request.operation(), request.location(), clock, deadlineAfter(now, callTimeout),
                deadlineAfter(now, attemptTimeout), 1, Duration.ZERO);
    }

    /** {@code start + timeout}, or the end of time if that cannot be represented. */
    public static Instant deadlineAfter(Instant start, Duration timeout) {
        try {
            return start.plus(timeout);
        } catch (DateTimeException | ArithmeticException tooFar) {
            return Instant.MAX;
        }
    }

    /**
     * This call's attempt number {@code number}, bounded by {@code deadline} (and always by the call's deadline);
     * a new attempt starts without credentials, so each one sends the token current when it is made.
     */
    public CallContext withAttempt(int number, Instant deadline) {
        return new CallContext(operation, location, clock, callDeadline, deadline, number, Duration.ZERO);
    }

    /** The same attempt, having waited {@code wait} for the client-side rate limiter. */
    public CallContext withRateLimitWait(Duration wait) {
        return new CallContext(operation, location, clock, callDeadline, attemptDeadline, attempt, wait, credentials);
    }

    /** The same attempt, to be sent with {@code token}. */
    public CallContext withCredentials(AccessToken token) {
        return new CallContext(operation, location, clock, callDeadline, attemptDeadline, attempt, rateLimitWait,
                Optional.of(token));
    }

    /** The time left before the call's deadline; zero once it has passed. */
    public Duration callRemaining() {
        return remainingUntil(callDeadline);
    }

    /** The time left before this attempt's deadline; zero once it has passed. */
    public Duration attemptRemaining() {
        return remainingUntil(attemptDeadline);
    }

    /**
     * {@link #attemptRemaining()} in nanoseconds, without allocating a {@link Duration}: zero once the deadline has
     * passed, {@link Long#MAX_VALUE} when it is further away than a {@code long} of nanoseconds reaches (292 years).
     */
    public long attemptRemainingNanos() {
        return Math.max(0, Durations.saturatedNanosBetween(clock.instant(), attemptDeadline));
    }

    private Duration remainingUntil(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Everything but the token: whether there is one, never what it is. */
    @Override
    public String toString() {
        return "CallContext[operation=" + operation + ", location=" + location + ", callDeadline=" + callDeadline
                + ", attemptDeadline=" + attemptDeadline + ", attempt=" + attempt + ", rateLimitWait="
                + rateLimitWait + ", credentials=" + (credentials.isPresent() ? "****" : "none") + "]";
    }
}
