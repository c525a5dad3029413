package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BackoffPropertyTest {

    @Property
    void backoff_lies_between_zero_and_the_lesser_of_the_cap_and_base_times_two_to_the_attempt_minus_one(
            @ForAll @IntRange(min = 1, max = 80) int attempt,
            @ForAll long seed,
            @ForAll @LongRange(min = 0, max = 10_000) long baseMillis,
            @ForAll @LongRange(min = 0, max = 120_000) long capAboveBaseMillis) {
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(baseMillis))
                .maxDelay(Duration.ofMillis(baseMillis + capAboveBaseMillis)).build();

        Duration wait = policy.backoff(attempt, new SplittableRandom(seed));

        double exponential = baseMillis * Math.pow(2, attempt - 1);
        double ceilingMillis = Math.min(baseMillis + capAboveBaseMillis, exponential);
        assertThat(wait.isNegative()).isFalse();
        assertThat(wait.toNanos()).isLessThanOrEqualTo((long) (ceilingMillis * 1_000_000));
        assertThat(wait).isLessThanOrEqualTo(policy.maxDelay());
        assertThat(wait).isLessThanOrEqualTo(policy.backoffCeiling(attempt));
    }

    @Property
    void backoff_ceiling_never_decreases_as_attempts_go_on(
            @ForAll @IntRange(min = 1, max = 200) int attempt,
            @ForAll @LongRange(min = 0, max = 60_000) long baseMillis) {
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(baseMillis))
                .maxDelay(Duration.ofMillis(Math.max(baseMillis, 8_000))).build();

        assertThat(policy.backoffCeiling(attempt + 1)).isGreaterThanOrEqualTo(policy.backoffCeiling(attempt));
    }
}
