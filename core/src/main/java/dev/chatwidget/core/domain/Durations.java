package dev.chatwidget.core.domain;

import java.time.Duration;
import java.time.Instant;

/** Duration arithmetic that saturates instead of overflowing, for waits and deadlines a caller may set very large. */
public final class Durations {

    /** Whole seconds below this many always fit a long of nanoseconds (292 years). */
    private static final long SECONDS_THAT_FIT = Long.MAX_VALUE / 1_000_000_000L;

    private Durations() {
    }

    /** {@code duration} in nanoseconds, or {@code Long.MAX_VALUE} / {@code Long.MIN_VALUE} when it does not fit. */
    public static long saturatedNanos(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds > -SECONDS_THAT_FIT && seconds < SECONDS_THAT_FIT) {
            // The usual case, without the exception an overflow throws (a deadline of Instant.MAX, the end of time,
            // reaches here on every call and an exception per call cost about 25 µs).
            return duration.toNanos();
        }
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * The nanoseconds from {@code start} to {@code end}, saturating like {@link #saturatedNanos}, without the
     * exception {@code Duration.between} throws and catches inside the JDK when the span overflows a long of
     * nanoseconds (as it does for a deadline of {@link Instant#MAX}).
     */
    public static long saturatedNanosBetween(Instant start, Instant end) {
        // Epoch seconds lie within about ±3.2e16, so their difference cannot overflow.
        long seconds = end.getEpochSecond() - start.getEpochSecond();
        if (seconds >= SECONDS_THAT_FIT) {
            return Long.MAX_VALUE;
        }
        if (seconds <= -SECONDS_THAT_FIT) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + (end.getNano() - start.getNano());
    }
}
