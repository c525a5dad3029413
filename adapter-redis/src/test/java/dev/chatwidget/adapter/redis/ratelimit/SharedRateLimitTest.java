package dev.chatwidget.adapter.redis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.application.resilience.BurstLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The settings name the field and the rule they break. */
class SharedRateLimitTest {

    private static final SharedRateLimit DEFAULTS = SharedRateLimit.DEFAULTS;

    @Test
    void the_fallback_share_is_the_limit_divided_by_the_expected_instances() {
        assertThat(DEFAULTS.withExpectedInstances(3).fallbackShare()).isEqualTo(BurstLimit.of(33, Duration.ofSeconds(10)));
        assertThat(DEFAULTS.withExpectedInstances(500).fallbackShare()).isEqualTo(BurstLimit.of(1, Duration.ofSeconds(10)));
    }

    @Test
    void bad_settings_are_refused_naming_the_field() {
        assertThatThrownBy(() -> DEFAULTS.withBurst(0)).hasMessageContaining("burst must be between 1 and");
        assertThatThrownBy(() -> DEFAULTS.withBurst(101)).hasMessageContaining("burst");
        assertThatThrownBy(() -> DEFAULTS.withMargin(Duration.ofMillis(-1))).hasMessageContaining("margin");
        assertThatThrownBy(() -> DEFAULTS.withExpectedInstances(0)).hasMessageContaining("expectedInstances");
        assertThatThrownBy(() -> DEFAULTS.withRedisTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("redisTimeout must be positive");
        assertThatThrownBy(() -> DEFAULTS.withRedisTimeouts(Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("probeInterval must be positive");
        assertThatThrownBy(() -> DEFAULTS.withKeyPrefix(" ")).hasMessageContaining("keyPrefix");
    }

    @Test
    void a_smaller_limit_brings_the_burst_down_with_it() {
        assertThat(DEFAULTS.withBurst(20).withLimit(BurstLimit.of(5, Duration.ofSeconds(1))).burst()).isEqualTo(5);
    }
}
