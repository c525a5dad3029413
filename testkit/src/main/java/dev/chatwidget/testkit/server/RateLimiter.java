package dev.chatwidget.testkit.server;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-key request counting in fixed burst windows and UTC days, on the injected clock. Refused requests do not
 * count. One small synchronized bucket per key keeps it cheap.
 */
final class RateLimiter {

    /** Which limit refused a request. */
    enum Exceeded { BURST, DAILY }

    /** What to report in the headers, and whether (and for how long) the request is refused. */
    record Outcome(RateLimitPolicy policy, long burstRemaining, long dailyRemaining, Optional<Exceeded> exceeded,
                   Duration retryAfter, long dailyResetEpochMillis) {
        boolean allowed() {
            return exceeded.isEmpty();
        }

        /** {@code Retry-After} in whole seconds, at least 1. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final RateLimitPolicy policy;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimitPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Counts a request against {@code key}, unless a limit refuses it. */
    Outcome consume(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket()).take(clock.millis(), true);
    }

    /** What {@code key} would report now, counting nothing. */
    Outcome peek(String key) {
        Bucket bucket = buckets.get(key);
        return (bucket != null ? bucket : new Bucket()).take(clock.millis(), false);
    }

    void reset() {
        buckets.clear();
    }

    private final class Bucket {
        private long windowStart = Long.MIN_VALUE;
        private long inWindow;
        private long day = Long.MIN_VALUE;
        private long inDay;

        synchronized Outcome take(long now, boolean count) {
            long interval = policy.burstInterval().toMillis();
            if (windowStart == Long.MIN_VALUE || now - windowStart >= interval || now < windowStart) {
                windowStart = now;
                inWindow = 0;
            }
            long today = Math.floorDiv(now, 86_400_000L);
            if (today != day) {
                day = today;
                inDay = 0;
            }
            if (count && inDay >= policy.dailyLimit()) {
                return outcome(Optional.of(Exceeded.DAILY), Duration.ofMillis(nextDay() - now));
            }
            if (count && inWindow >= policy.burstMax()) {
                return outcome(Optional.of(Exceeded.BURST), Duration.ofMillis(windowStart + interval - now));
            }
            if (count) {
                inWindow++;
                inDay++;
            }
            return outcome(Optional.empty(), Duration.ZERO);
        }

        /** The start of the next UTC day, when the daily count starts again. */
        private long nextDay() {
            return LocalDate.ofEpochDay(day + 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }

        private Outcome outcome(Optional<Exceeded> exceeded, Duration retryAfter) {
            return new Outcome(policy, Math.max(0, policy.burstMax() - inWindow),
                    Math.max(0, policy.dailyLimit() - inDay), exceeded, retryAfter, nextDay());
        }
    }
}
