package dev.chatwidget.adapter.redis.ratelimit;

import dev.chatwidget.core.application.resilience.BurstLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * How the fleet shares one location's limit through Redis.
 *
 * @param limit             what the service allows per location for the whole fleet (default the documented 100 per
 *                          10 s)
 * @param burst             how many permits may go out at once after a quiet spell; 1 paces every request (the most
 *                          of the limit that a fixed-window server accepts without 429s), more answers short bursts
 *                          at once but lowers the steady rate, since any one window must still hold only
 *                          {@code limit.permits()}
 * @param margin            added to the interval when the permits are spread, so that requests that reach the
 *                          server later than scheduled (network, pauses) do not crowd into one of its windows
 * @param expectedInstances how many instances share the limit; while Redis is unreachable each one limits itself
 *                          locally to its share, {@code 1/expectedInstances} of the limit
 * @param redisTimeout      the longest one Redis round trip may take before the instance goes local
 * @param probeInterval     while Redis is unreachable, how often one call tries it again (the others stay local)
 * @param keyPrefix         the prefix of the Redis keys (one per location); give each app its own
 */
public record SharedRateLimit(BurstLimit limit, int burst, Duration margin, int expectedInstances,
                              Duration redisTimeout, Duration probeInterval, String keyPrefix) {

    /** The documented limit, paced, a 250 ms margin, 3 instances, 250 ms Redis timeout, 1 s probe interval. */
    public static final SharedRateLimit DEFAULTS = new SharedRateLimit(BurstLimit.DOCUMENTED, 1,
            Duration.ofMillis(250), 3, Duration.ofMillis(250), Duration.ofSeconds(1), "chat-widget:rate:");

    public SharedRateLimit {
        Objects.requireNonNull(limit, "limit");
        if (burst < 1 || burst > limit.permits()) {
            throw new IllegalArgumentException("burst must be between 1 and limit.permits (" + limit.permits()
                    + "), was " + burst);
        }
        requireNotNegative(margin, "margin");
        if (expectedInstances < 1) {
            throw new IllegalArgumentException("expectedInstances must be at least 1, was " + expectedInstances);
        }
        requirePositive(redisTimeout, "redisTimeout");
        requirePositive(probeInterval, "probeInterval");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (keyPrefix.isBlank()) {
            throw new IllegalArgumentException("keyPrefix must not be blank");
        }
    }

    /** A copy for another limit. */
    public SharedRateLimit withLimit(BurstLimit value) {
        return new SharedRateLimit(value, Math.min(burst, (int) Math.min(Integer.MAX_VALUE, value.permits())),
                margin, expectedInstances, redisTimeout, probeInterval, keyPrefix);
    }

    /** A copy with another burst. */
    public SharedRateLimit withBurst(int value) {
        return new SharedRateLimit(limit, value, margin, expectedInstances, redisTimeout, probeInterval, keyPrefix);
    }

    /** A copy with another margin. */
    public SharedRateLimit withMargin(Duration value) {
        return new SharedRateLimit(limit, burst, value, expectedInstances, redisTimeout, probeInterval, keyPrefix);
    }

    /** A copy for another number of instances. */
    public SharedRateLimit withExpectedInstances(int value) {
        return new SharedRateLimit(limit, burst, margin, value, redisTimeout, probeInterval, keyPrefix);
    }

    /** A copy with another Redis timeout and probe interval. */
    public SharedRateLimit withRedisTimeouts(Duration timeout, Duration probe) {
        return new SharedRateLimit(limit, burst, margin, expectedInstances, timeout, probe, keyPrefix);
    }

    /** A copy with another key prefix. */
    public SharedRateLimit withKeyPrefix(String value) {
        return new SharedRateLimit(limit, burst, margin, expectedInstances, redisTimeout, probeInterval, value);
    }

    /** What one instance allows itself while Redis is unreachable: its share of the limit, at least 1. */
    public BurstLimit fallbackShare() {
        return BurstLimit.of(Math.max(1, limit.permits() / expectedInstances), limit.interval());
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        requireNotNegative(value, name);
        if (value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
