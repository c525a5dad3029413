package dev.chatwidget.core.application.resilience;

import static dev.chatwidget.core.application.resilience.Fixtures.LOCATION;
import static dev.chatwidget.core.application.resilience.Fixtures.OTHER_LOCATION;
import static dev.chatwidget.core.application.resilience.Fixtures.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Refill, waiting, deadlines, isolation and memory of the token-bucket limiter. */
class TokenBucketRateLimiterTest {

    private static final Duration ONE_PERMIT = Duration.ofMillis(100);

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);
    private final TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(clock, sleeper);

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    private Either<ChatWidgetError, Permit> acquire(LocationId location, Duration maxWait) {
        return limiter.acquire(Optional.ofNullable(location), clock.instant().plus(maxWait));
    }

    /** Takes permits without waiting until one is refused; returns how many were granted. */
    private int drain(LocationId location) {
        int granted = 0;
        while (acquire(location, Duration.ZERO).isRight()) {
            granted++;
        }
        return granted;
    }

    @Test
    void a_new_bucket_grants_its_full_capacity_at_once() {
        assertThat(drain(LOCATION)).isEqualTo(100);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void after_the_bucket_is_empty_the_next_permit_is_due_after_interval_over_permits() {
        drain(LOCATION);

        Either<ChatWidgetError, Permit> permit = acquire(LOCATION, Duration.ofSeconds(1));

        assertThat(permit.get().waited()).isEqualTo(ONE_PERMIT);
        assertThat(sleeper.sleeps()).containsExactly(ONE_PERMIT);
    }

    @Test
    void refill_is_exactly_permits_per_interval() {
        drain(LOCATION);

        clock.advance(Duration.ofMillis(1_050));

        assertThat(drain(LOCATION)).isEqualTo(10);
        assertThat(((RateLimited) acquire(LOCATION, Duration.ZERO).getLeft()).retryAfter())
                .contains(Duration.ofMillis(50));
    }

    @Test
    void refill_never_exceeds_capacity_after_a_long_quiet_spell() {
        drain(LOCATION);

        clock.advance(Duration.ofDays(3));

        assertThat(drain(LOCATION)).isEqualTo(100);
    }

    @Test
    void callers_waiting_on_an_empty_bucket_queue_one_refill_step_apart() {
        TokenBucketRateLimiter frozen = new TokenBucketRateLimiter(clock, RecordingSleeper.frozen());
        for (int i = 0; i < 100; i++) {
            frozen.acquire(Optional.of(LOCATION), clock.instant());
        }

        assertThat(frozen.acquire(Optional.of(LOCATION), clock.instant().plusSeconds(1)).get().waited())
                .isEqualTo(Duration.ofMillis(100));
        assertThat(frozen.acquire(Optional.of(LOCATION), clock.instant().plusSeconds(1)).get().waited())
                .isEqualTo(Duration.ofMillis(200));
        assertThat(frozen.acquire(Optional.of(LOCATION), clock.instant().plusSeconds(1)).get().waited())
                .isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void a_permit_due_past_the_deadline_is_refused_at_once_with_burst_rate_limited_and_the_wait_needed() {
        drain(LOCATION);

        Either<ChatWidgetError, Permit> refused = acquire(LOCATION, Duration.ofMillis(99));

        RateLimited error = (RateLimited) refused.getLeft();
        assertThat(error.scope()).isEqualTo(RateLimited.Scope.BURST);
        assertThat(error.retryAfter()).contains(ONE_PERMIT);
        assertThat(error.limits()).isEqualTo(reported(100L, 0L, Duration.ofSeconds(10)));
        assertThat(error.message()).contains("client-side").contains(LOCATION.value());
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void a_refused_caller_does_not_use_up_a_permit() {
        drain(LOCATION);
        acquire(LOCATION, Duration.ofMillis(10));

        assertThat(acquire(LOCATION, Duration.ofSeconds(1)).get().waited()).isEqualTo(ONE_PERMIT);
    }

    @Test
    void a_permit_due_exactly_at_the_deadline_is_granted() {
        drain(LOCATION);

        assertThat(acquire(LOCATION, ONE_PERMIT).isRight()).isTrue();
    }

    @Test
    void a_permit_available_now_is_granted_even_past_the_deadline() {
        assertThat(limiter.acquire(Optional.of(LOCATION), clock.instant().minusSeconds(1)).get())
                .isEqualTo(Permit.IMMEDIATE);
    }

    @Test
    void locations_have_separate_buckets() {
        drain(LOCATION);

        assertThat(drain(OTHER_LOCATION)).isEqualTo(100);
    }

    @Test
    void calls_without_a_location_share_one_bucket_of_their_own() {
        drain(LOCATION);

        assertThat(drain(null)).isEqualTo(100);
        assertThat(acquire(null, Duration.ZERO).isLeft()).isTrue();
    }

    @Test
    void an_interrupted_wait_fails_as_never_sent_and_keeps_the_interrupt_flag() {
        TokenBucketRateLimiter interrupted =
                new TokenBucketRateLimiter(clock, RecordingSleeper.advancing(clock).interruptedAtSleep(1));
        for (int i = 0; i < 100; i++) {
            interrupted.acquire(Optional.of(LOCATION), clock.instant());
        }

        Either<ChatWidgetError, Permit> result =
                interrupted.acquire(Optional.of(LOCATION), clock.instant().plusSeconds(1));

        assertThat(result.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void a_clock_that_goes_back_does_not_stall_refill() {
        drain(LOCATION);

        clock.set(FakeClock.START.minus(Duration.ofHours(1)));
        acquire(LOCATION, Duration.ZERO);
        clock.advance(Duration.ofSeconds(1));

        assertThat(drain(LOCATION)).isEqualTo(10);
    }

    @Test
    void idle_full_buckets_are_dropped_so_memory_holds_only_recently_active_locations() {
        for (int i = 0; i < 500; i++) {
            acquire(LocationId.of("loc-" + i), Duration.ZERO);
        }
        assertThat(limiter.trackedLocations()).isEqualTo(500);

        clock.advance(TokenBucketRateLimiter.IDLE_EVICTION.plusSeconds(1));
        acquire(LOCATION, Duration.ZERO);

        assertThat(limiter.trackedLocations()).isEqualTo(1);
    }

    @Test
    void a_bucket_still_refilling_is_kept_however_long_it_is_idle() {
        TokenBucketRateLimiter slow = new TokenBucketRateLimiter(BurstLimit.of(1, Duration.ofMinutes(10)), clock,
                sleeper);
        slow.acquire(Optional.of(LOCATION), clock.instant());

        clock.advance(TokenBucketRateLimiter.IDLE_EVICTION.plusSeconds(1));
        slow.acquire(Optional.of(OTHER_LOCATION), clock.instant());

        assertThat(slow.trackedLocations()).isEqualTo(2);
        assertThat(slow.acquire(Optional.of(LOCATION), clock.instant()).isLeft()).isTrue();
    }

    @Test
    void a_custom_limit_sets_capacity_and_refill() {
        TokenBucketRateLimiter custom = new TokenBucketRateLimiter(BurstLimit.of(3, Duration.ofSeconds(1)), clock,
                sleeper);
        for (int i = 0; i < 3; i++) {
            assertThat(custom.acquire(Optional.of(LOCATION), clock.instant()).isRight()).isTrue();
        }

        assertThat(((RateLimited) custom.acquire(Optional.of(LOCATION), clock.instant()).getLeft()).retryAfter())
                .contains(Duration.ofNanos(333_333_334));
    }

    @Test
    void burst_limit_rejects_out_of_range_settings_naming_the_field() {
        assertThatThrownBy(() -> BurstLimit.of(0, Duration.ofSeconds(1))).hasMessageContaining("permits");
        assertThatThrownBy(() -> BurstLimit.of(1, Duration.ZERO)).hasMessageContaining("interval");
        assertThatThrownBy(() -> BurstLimit.of(Long.MAX_VALUE, Duration.ofDays(1))).hasMessageContaining("too large");
    }
}
