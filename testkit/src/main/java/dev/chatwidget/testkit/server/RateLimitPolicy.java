package dev.chatwidget.testkit.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits the fake server enforces per token and location: a burst of {@code burstMax} requests per
 * {@code burstInterval} (fixed windows) and {@code dailyLimit} requests per UTC day.
 */
public record RateLimitPolicy(int burstMax, Duration burstInterval, long dailyLimit) {

    /** The documented limits: 100 requests per 10 s and 200,000 per day. */
    public static final RateLimitPolicy DOCUMENTED = new RateLimitPolicy(100, Duration.ofSeconds(10), 200_000);

    /** Limits so high no test reaches them (the headers are still sent). */
    public static final RateLimitPolicy UNLIMITED =
            new RateLimitPolicy(Integer.MAX_VALUE, Duration.ofSeconds(10), Long.MAX_VALUE);

    public RateLimitPolicy {
        Objects.requireNonNull(burstInterval, "burstInterval");
        if (burstMax < 1) {
            throw new IllegalArgumentException("burstMax must be >= 1");
        }
        if (burstInterval.toMillis() < 1) {
            throw new IllegalArgumentException("burstInterval must be at least 1 ms");
        }
        if (dailyLimit < 1) {
            throw new IllegalArgumentException("dailyLimit must be >= 1");
        }
    }

    /** A copy with another burst limit. */
    public RateLimitPolicy withBurst(int max, Duration interval) {
        return new RateLimitPolicy(max, interval, dailyLimit);
    }

    /** A copy with another daily limit. */
    public RateLimitPolicy withDailyLimit(long limit) {
        return new RateLimitPolicy(burstMax, burstInterval, limit);
    }
}
