package dev.chatwidget.core.application.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a call and each of its attempts may take (set in {@code RetryPolicy}, the one place for them). The
 * earliest deadline wins: an attempt's deadline is never later than its call's.
 *
 * @param call    the most the whole call may take, retries and waits included
 * @param attempt the most one attempt may take, its wait for the rate limiter included
 */
public record CallTimeouts(Duration call, Duration attempt) {

    public CallTimeouts {
        requirePositive("call", call);
        requirePositive("attempt", attempt);
    }

    private static void requirePositive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " timeout must be positive, was " + value);
        }
    }
}
