package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.domain.Durations;
import dev.chatwidget.core.domain.RateLimits;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * One location's bucket. Exact integer arithmetic: a permit is worth {@code intervalNanos} units and every elapsed
 * nanosecond adds {@code permits} units, so refill is permits-per-interval without rounding. A waiting caller
 * reserves its permit ahead (the level goes into debt) and sleeps outside the lock; later callers queue behind it.
 * Times are nanoseconds since the limiter's origin, read inside the lock so that each bucket sees them in order.
 * Every method is synchronized; a retired bucket (evicted from the limiter's map) refuses everything, so the
 * caller looks its location up again.
 */
final class TokenBucket {

    /**
     * The outcome of a reservation: granted after {@code waitNanos}, or refused since that wait is too long (and
     * then the limits in force, for the error).
     */
    record Reservation(boolean granted, long waitNanos, RateLimits limits) {
    }

    private final BurstLimit configured;
    private long permits;
    private long intervalNanos;
    private long level;
    private long updatedAt;
    private long lastUsed;
    private boolean retired;

    TokenBucket(BurstLimit configured, long now) {
        this.configured = configured;
        this.permits = configured.permits();
        this.intervalNanos = configured.intervalNanos();
        this.level = permits * intervalNanos;
        this.updatedAt = now;
        this.lastUsed = now;
    }

    /** Takes a permit now, or reserves the next one if it is due by {@code deadline}; empty if retired. */
    synchronized Optional<Reservation> reserve(LongSupplier clock, long deadline) {
        if (retired) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        refill(now);
        lastUsed = now;
        long wait = level >= intervalNanos ? 0 : ceilDiv(intervalNanos - level, permits);
        // A permit available now is granted even at or past the deadline: only waiting is bounded by it.
        if (wait > 0 && dueAfter(now, wait, deadline)) {
            return Optional.of(new Reservation(false, wait, limits()));
        }
        level -= intervalNanos;
        return Optional.of(new Reservation(true, wait, RateLimits.NONE));
    }

    /**
     * Tightens the bucket to what the service reported (false, changing nothing, if retired): capacity becomes the
     * lower of the configured and the reported maximum, the refill interval the longer of the two, and the level no
     * more than what remains. Reports never loosen past the configuration, and never raise the level (a report may be stale,
     * and permits already handed out for requests still in flight are not in it yet).
     */
    synchronized boolean adapt(RateLimits limits, LongSupplier clock) {
        if (retired) {
            return false;
        }
        long now = clock.getAsLong();
        refill(now);
        lastUsed = now;
        long newPermits = Math.min(configured.permits(), positive(limits.burstMax()).orElse(configured.permits()));
        // A zero or negative reported interval loses to the configured one here: nonsense never loosens.
        long newInterval = Math.max(configured.intervalNanos(), limits.burstInterval()
                .map(Durations::saturatedNanos).orElse(configured.intervalNanos()));
        if (!BurstLimit.fits(newPermits, newInterval)) {
            newInterval = intervalNanos;
        }
        if (newInterval != intervalNanos) {
            long wholePermits = Math.min(Math.floorDiv(level, intervalNanos), newPermits);
            level = wholePermits * newInterval;
            intervalNanos = newInterval;
        }
        permits = newPermits;
        level = Math.min(level, full());
        if (limits.burstRemaining().isPresent()) {
            long remaining = Math.max(0, Math.min(permits, limits.burstRemaining().getAsLong()));
            level = Math.min(level, remaining * intervalNanos);
        }
        return true;
    }

    /** Retires the bucket if it is full and unused for {@code idleNanos}: a fresh bucket would then behave alike. */
    synchronized boolean retireIfIdle(LongSupplier clock, long idleNanos) {
        long now = clock.getAsLong();
        refill(now);
        if (!retired && level >= full() && now - lastUsed >= idleNanos) {
            retired = true;
        }
        return retired;
    }

    private RateLimits limits() {
        return new RateLimits(OptionalLong.of(permits), OptionalLong.of(Math.max(0, level / intervalNanos)),
                Optional.of(Duration.ofNanos(intervalNanos)), OptionalLong.empty(), OptionalLong.empty());
    }

    private void refill(long now) {
        if (now <= updatedAt) {
            // A clock that went back is taken as no time passing, and refill resumes from the new reading.
            updatedAt = now;
            return;
        }
        long elapsed = now - updatedAt;
        updatedAt = now;
        long missing = full() - level;
        if (missing <= 0) {
            return;
        }
        level = elapsed >= ceilDiv(missing, permits) ? full() : level + elapsed * permits;
    }

    private long full() {
        return permits * intervalNanos;
    }

    private static OptionalLong positive(OptionalLong value) {
        return value.isPresent() && value.getAsLong() > 0 ? value : OptionalLong.empty();
    }

    private static boolean dueAfter(long now, long wait, long deadline) {
        try {
            return Math.addExact(now, wait) > deadline;
        } catch (ArithmeticException overflow) {
            return true;
        }
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
