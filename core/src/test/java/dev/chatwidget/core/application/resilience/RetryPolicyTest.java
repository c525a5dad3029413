package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.application.pipeline.CallTimeouts;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void defaults_are_three_attempts_half_second_base_eight_second_cap_thirty_second_call_timeout() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxAttempts()).isEqualTo(3);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.callTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void none_makes_one_attempt_and_keeps_the_default_call_timeout() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.none().callTimeout()).isEqualTo(RetryPolicy.DEFAULT_CALL_TIMEOUT);
    }

    @Test
    void withers_change_only_their_field() {
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(5).withBaseDelay(Duration.ofMillis(100))
                .withMaxDelay(Duration.ofSeconds(2)).withCallTimeout(Duration.ofSeconds(10));

        assertThat(policy).isEqualTo(
                new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(10),
                        RetryPolicy.DEFAULT_ATTEMPT_TIMEOUT));
    }

    @Test
    void the_attempt_timeout_defaults_to_ten_seconds_is_set_once_and_must_be_positive() {
        RetryPolicy policy = RetryPolicy.defaults().withAttemptTimeout(Duration.ofSeconds(2));

        assertThat(RetryPolicy.defaults().attemptTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.attemptTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.timeouts()).isEqualTo(new CallTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(2)));
        assertThat(policy.toBuilder().build()).isEqualTo(policy);
        assertThatThrownBy(() -> RetryPolicy.defaults().withAttemptTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attemptTimeout");
        assertThatThrownBy(() -> RetryPolicy.defaults().withAttemptTimeout(null))
                .hasMessageContaining("attemptTimeout");
        assertThatThrownBy(() -> new CallTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt");
        assertThatThrownBy(() -> new CallTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call");
    }

    @Test
    void builder_validates_the_settings_together_so_base_and_cap_can_both_grow() {
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofMinutes(1))
                .build();

        assertThat(policy.baseDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.toBuilder().build()).isEqualTo(policy);
    }

    @Test
    void builder_rejects_an_out_of_range_setting_naming_the_field() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(-2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }

    @Test
    void max_attempts_below_one_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }

    @Test
    void negative_base_delay_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withBaseDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseDelay");
    }

    @Test
    void negative_max_delay_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay must not be negative");
    }

    @Test
    void max_delay_below_base_delay_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxDelay(Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay");
    }

    @Test
    void zero_call_timeout_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withCallTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
    }

    @Test
    void missing_durations_are_rejected_naming_the_field() {
        assertThatThrownBy(() -> RetryPolicy.defaults().withBaseDelay(null)).hasMessageContaining("baseDelay");
        assertThatThrownBy(() -> RetryPolicy.defaults().withCallTimeout(null)).hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxDelay(null)).hasMessage("maxDelay");
    }

    @Test
    void backoff_ceiling_doubles_from_the_base_until_the_cap() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.backoffCeiling(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffCeiling(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoffCeiling(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoffCeiling(6)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void a_cap_equal_to_the_base_is_allowed_and_a_doubling_just_under_the_cap_is_not_rounded_up_to_it() {
        RetryPolicy flat = RetryPolicy.defaults().withMaxDelay(Duration.ofMillis(500));
        RetryPolicy barelyAbove = RetryPolicy.builder().baseDelay(Duration.ofSeconds(1))
                .maxDelay(Duration.ofSeconds(2).plusNanos(1)).build();

        assertThat(flat.backoffCeiling(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(barelyAbove.backoffCeiling(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(barelyAbove.backoffCeiling(3)).isEqualTo(Duration.ofSeconds(2).plusNanos(1));
    }

    @Test
    void backoff_ceiling_stays_at_the_cap_for_attempt_numbers_that_would_overflow() {
        RetryPolicy policy = RetryPolicy.defaults().withMaxDelay(Duration.ofDays(100));

        assertThat(policy.backoffCeiling(64)).isEqualTo(Duration.ofDays(100));
        assertThat(policy.backoffCeiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(100));
    }

    @Test
    void full_jitter_spreads_waits_over_the_whole_range_from_zero_to_the_ceiling() {
        RetryPolicy policy = RetryPolicy.defaults();
        SplittableRandom random = new SplittableRandom(42);
        long ceiling = policy.backoffCeiling(3).toNanos();

        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 2_000; i++) {
            long wait = policy.backoff(3, random).toNanos();
            min = Math.min(min, wait);
            max = Math.max(max, wait);
        }

        assertThat(min).isLessThan(ceiling / 20);
        assertThat(max).isGreaterThan(ceiling - ceiling / 20).isLessThanOrEqualTo(ceiling);
    }

    @Test
    void zero_base_delay_means_retrying_at_once() {
        RetryPolicy policy = RetryPolicy.defaults().withBaseDelay(Duration.ZERO);

        assertThat(policy.backoff(4, new SplittableRandom(1))).isEqualTo(Duration.ZERO);
    }
}
