package dev.chatwidget.adapter.redis.ratelimit;

import dev.chatwidget.core.application.resilience.BurstLimit;
import java.time.Duration;

/**
 * One location's schedule, in microseconds of Redis time: a permit every {@code intervalMicros}, and up to
 * {@code toleranceMicros / intervalMicros + 1} at once after a quiet spell (GCRA's emission interval and tolerance).
 *
 * <p>Spread so that any span of {@code limit.interval() + margin} holds at most {@code limit.permits()} permits:
 * {@code burst - 1} early ones plus one per interval. A server counting in fixed or sliding windows of
 * {@code limit.interval()} then sees at most its limit even when requests arrive up to {@code margin} late.
 */
record Pacing(long intervalMicros, long toleranceMicros) {

    Pacing {
        if (intervalMicros < 1 || toleranceMicros < 0) {
            throw new IllegalArgumentException("interval must be positive and tolerance not negative");
        }
    }

    static Pacing of(BurstLimit limit, int burst, Duration margin) {
        long span = saturatedMicros(limit.interval().plus(margin));
        long atOnce = Math.max(1, Math.min(burst, limit.permits()));
        long slots = limit.permits() - atOnce + 1;
        long interval = Math.max(1, -Math.floorDiv(-span, slots));
        return new Pacing(interval, saturatedMultiply(atOnce - 1, interval));
    }

    private static long saturatedMicros(Duration duration) {
        try {
            return Math.multiplyExact(duration.getSeconds(), 1_000_000L) + duration.getNano() / 1_000;
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE / 4;
        }
    }

    private static long saturatedMultiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE / 4;
        }
    }
}
