package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.application.pipeline.CallTimeouts;
import dev.chatwidget.core.domain.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How hard a call tries: at most {@code maxAttempts} attempts, exponential backoff with full jitter between them
 * (a wait drawn uniformly from {@code [0, min(maxDelay, baseDelay * 2^(attempt-1))]}), a total {@code callTimeout}
 * that no wait may cross, and an {@code attemptTimeout} for each single request. These are the library's only
 * call and attempt timeouts; the earliest deadline always wins (an attempt never outlives its call, and an
 * adapter's connect and read-idle timeouts may end an attempt sooner still).
 *
 * @param maxAttempts    attempts in all, the first included (1 means no retry)
 * @param baseDelay      the backoff ceiling after the first failed attempt
 * @param maxDelay       the cap on any backoff ceiling
 * @param callTimeout    the most a call may take, all attempts and waits included (waits for the rate limiter too)
 * @param attemptTimeout the most one attempt may take, its wait for the rate limiter included
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration callTimeout,
                          Duration attemptTimeout) {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    private static final RetryPolicy DEFAULTS = new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY,
            DEFAULT_MAX_DELAY, DEFAULT_CALL_TIMEOUT, DEFAULT_ATTEMPT_TIMEOUT);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        requireNotNegative("baseDelay", baseDelay);
        requireNotNegative("maxDelay", maxDelay);
        requirePositive("callTimeout", callTimeout);
        requirePositive("attemptTimeout", attemptTimeout);
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException(
                    "maxDelay must be at least baseDelay (" + baseDelay + "), was " + maxDelay);
        }
    }

    /** 3 attempts, 0.5 s base, 8 s cap, 30 s per call, 10 s per attempt. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt only, still bounded by the default timeouts (which also bound rate-limiter waits). */
    public static RetryPolicy none() {
        return DEFAULTS.withMaxAttempts(1);
    }

    /** A builder starting from the defaults; it validates once, in {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The call and attempt timeouts, as the pipeline applies them. */
    public CallTimeouts timeouts() {
        return new CallTimeouts(callTimeout, attemptTimeout);
    }

    // The withers validate at once, so raising baseDelay past the current maxDelay fails: use the builder then.
    public RetryPolicy withMaxAttempts(int value) {
        return toBuilder().maxAttempts(value).build();
    }

    public RetryPolicy withBaseDelay(Duration value) {
        return toBuilder().baseDelay(value).build();
    }

    public RetryPolicy withMaxDelay(Duration value) {
        return toBuilder().maxDelay(value).build();
    }

    public RetryPolicy withCallTimeout(Duration value) {
        return toBuilder().callTimeout(value).build();
    }

    public RetryPolicy withAttemptTimeout(Duration value) {
        return toBuilder().attemptTimeout(value).build();
    }

    /** The largest wait after failed attempt number {@code failedAttempt} (1-based): min(cap, base * 2^(n-1)). */
    public Duration backoffCeiling(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("failedAttempt must be at least 1, was " + failedAttempt);
        }
        long base = Durations.saturatedNanos(baseDelay);
        long cap = Durations.saturatedNanos(maxDelay);
        int shift = failedAttempt - 1;
        // base > cap / 2^shift is exactly when base * 2^shift would pass the cap (and it may not fit in a long)
        long ceiling = base == 0 ? 0 : shift >= Long.SIZE - 1 || base > (cap >> shift) ? cap : base << shift;
        return Duration.ofNanos(ceiling);
    }

    /** A full-jitter wait after failed attempt {@code failedAttempt}: uniform in [0, backoffCeiling]. */
    public Duration backoff(int failedAttempt, RandomGenerator random) {
        long ceiling = backoffCeiling(failedAttempt).toNanos();
        long bound = ceiling == Long.MAX_VALUE ? Long.MAX_VALUE : ceiling + 1;
        return Duration.ofNanos(random.nextLong(bound));
    }

    /** Collects the five settings and validates them together. */
    public static final class Builder {
        private int maxAttempts;
        private Duration baseDelay;
        private Duration maxDelay;
        private Duration callTimeout;
        private Duration attemptTimeout;

        private Builder(RetryPolicy from) {
            this.maxAttempts = from.maxAttempts;
            this.baseDelay = from.baseDelay;
            this.maxDelay = from.maxDelay;
            this.callTimeout = from.callTimeout;
            this.attemptTimeout = from.attemptTimeout;
        }

        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        public Builder baseDelay(Duration value) {
            this.baseDelay = value;
            return this;
        }

        public Builder maxDelay(Duration value) {
            this.maxDelay = value;
            return this;
        }

        public Builder callTimeout(Duration value) {
            this.callTimeout = value;
            return this;
        }

        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = value;
            return this;
        }

        /** The policy; {@link IllegalArgumentException} naming the field if a setting is out of range. */
        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, baseDelay, maxDelay, callTimeout, attemptTimeout);
        }
    }

    private static void requireNotNegative(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value);
        }
    }

    private static void requirePositive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + value);
        }
    }
}
