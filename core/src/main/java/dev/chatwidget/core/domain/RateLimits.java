package dev.chatwidget.core.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The limits the service reported in its {@code X-RateLimit-*} headers; every part is optional because a
 * response may carry none of them.
 */
public record RateLimits(
        OptionalLong burstMax,
        OptionalLong burstRemaining,
        Optional<Duration> burstInterval,
        OptionalLong dailyLimit,
        OptionalLong dailyRemaining) {

    public static final RateLimits NONE = new RateLimits(OptionalLong.empty(), OptionalLong.empty(),
            Optional.empty(), OptionalLong.empty(), OptionalLong.empty());

    public RateLimits {
        burstMax = burstMax == null ? OptionalLong.empty() : burstMax;
        burstRemaining = burstRemaining == null ? OptionalLong.empty() : burstRemaining;
        burstInterval = burstInterval == null ? Optional.empty() : burstInterval;
        dailyLimit = dailyLimit == null ? OptionalLong.empty() : dailyLimit;
        dailyRemaining = dailyRemaining == null ? OptionalLong.empty() : dailyRemaining;
    }

    /** Whether the daily quota is reported as used up. */
    public boolean dailyExhausted() {
        return dailyRemaining.isPresent() && dailyRemaining.getAsLong() <= 0;
    }
}
