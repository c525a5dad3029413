package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.domain.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * A burst limit: at most {@code permits} requests per {@code interval}, refilled continuously (so 100 per 10 s is
 * one more every 100 ms, and at most 100 at once after a quiet spell).
 */
public record BurstLimit(long permits, Duration interval) {

    /** What the API documents per app per location: 100 requests per 10 seconds. */
    public static final BurstLimit DOCUMENTED = new BurstLimit(100, Duration.ofSeconds(10));

    // Token arithmetic is exact in longs: a permit is `interval` nanos worth of units, a full bucket is
    // permits * interval units; the headroom leaves room for debt and sums.
    static final long MAX_UNITS = Long.MAX_VALUE / 8;

    public BurstLimit {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        if (!fits(permits, Durations.saturatedNanos(interval))) {
            throw new IllegalArgumentException("permits x interval is too large: " + permits + " per " + interval);
        }
    }

    public static BurstLimit of(long permits, Duration interval) {
        return new BurstLimit(permits, interval);
    }

    long intervalNanos() {
        return interval.toNanos();
    }

    static boolean fits(long permits, long intervalNanos) {
        return intervalNanos > 0 && intervalNanos != Long.MAX_VALUE && permits <= MAX_UNITS / intervalNanos;
    }
}
