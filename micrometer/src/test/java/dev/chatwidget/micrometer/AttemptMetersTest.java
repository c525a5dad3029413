package dev.chatwidget.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.RateLimited;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Retries, 429s and rate-limiter waits are counted and timed per operation and adapter. */
class AttemptMetersTest {

    private final MeterRegistry meters = new SimpleMeterRegistry();
    private final AttemptMeters step = new AttemptMeters(meters, "jersey");

    @Test
    void attempts_after_the_first_count_as_retries() {
        Call<Page<WidgetSummary>> first = Chains.list();
        Call<Page<WidgetSummary>> second = first.withContext(first.context().withAttempt(2,
                first.context().callDeadline()));

        Chains.run(List.of(step), first, call -> Chains.ok());
        Chains.run(List.of(step), second, call -> Chains.ok());

        assertThat(meters.get(AttemptMeters.RETRIES).tags("operation", "list", "adapter", "jersey").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void answers_of_429_are_counted() {
        RateLimited limited = new RateLimited(RateLimited.Scope.BURST, new RateLimits(OptionalLong.empty(),
                OptionalLong.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty()),
                Optional.of(Duration.ofSeconds(1)), "slow down", Optional.empty());

        Chains.run(List.of(step), Chains.list(), call -> CallResult.failure(limited).withStatus(429));
        Chains.run(List.of(step), Chains.list(), call -> Chains.serverError("busy"));

        assertThat(meters.get(AttemptMeters.RATE_LIMITED).tags("operation", "list").counter().count())
                .isEqualTo(1);
        assertThat(meters.find(AttemptMeters.RETRIES).counter()).isNull();
    }

    @Test
    void the_rate_limiters_wait_for_each_attempt_is_timed() {
        Call<Page<WidgetSummary>> waited = Chains.list();
        waited = waited.withContext(waited.context().withRateLimitWait(Duration.ofMillis(250)));

        Chains.run(List.of(step), waited, call -> Chains.ok());
        Chains.run(List.of(step), Chains.list(), call -> Chains.ok());

        var timer = meters.get(AttemptMeters.RATE_LIMIT_WAIT).tags("adapter", "jersey").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250.0);
    }
}
