package dev.chatwidget.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The limits the service reported in its {@code X-RateLimit-*} headers; every part is optional because a
 * response may carry none of them.
 *
 * @param dailyReset when the daily budget resets ({@code X-RateLimit-Daily-Reset})
 */
public record RateLimits(
        OptionalLong burstMax,
        OptionalLong burstRemaining,
        Optional<Duration> burstInterval,
        OptionalLong dailyLimit,
        OptionalLong dailyRemaining,
        Optional<Instant> dailyReset) {

    public static final RateLimits NONE = new RateLimits(OptionalLong.empty(), OptionalLong.empty(),
            Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty());

    public RateLimits {
        burstMax = burstMax == null ? OptionalLong.empty() : burstMax;
        burstRemaining = burstRemaining == null ? OptionalLong.empty() : burstRemaining;
        burstInterval = burstInterval == null ? Optional.empty() : burstInterval;
        dailyLimit = dailyLimit == null ? OptionalLong.empty() : dailyLimit;
        dailyRemaining = dailyRemaining == null ? OptionalLong.empty() : dailyRemaining;
        dailyReset = dailyReset == null ? Optional.empty() : dailyReset;
    }

    /** Limits without a daily reset time. */
    public RateLimits(OptionalLong burstMax, OptionalLong burstRemaining, Optional<Duration> burstInterval,
                      OptionalLong dailyLimit, OptionalLong dailyRemaining) {
        this(burstMax, burstRemaining, burstInterval, dailyLimit, dailyRemaining, Optional.empty());
    }

    /** Whether the daily quota is reported as used up. */
    public boolean dailyExhausted() {
        return dailyRemaining.isPresent() && dailyRemaining.getAsLong() <= 0;
    }
}
