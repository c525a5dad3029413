package dev.chatwidget.core.domain;

import java.time.Duration;

/** Duration arithmetic that saturates instead of overflowing, for waits and deadlines a caller may set very large. */
public final class Durations {

    private Durations() {
    }

    /** {@code duration} in nanoseconds, or {@code Long.MAX_VALUE} / {@code Long.MIN_VALUE} when it does not fit. */
    public static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
