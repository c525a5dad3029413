package dev.chatwidget.core.application.resilience;

import static dev.chatwidget.core.application.resilience.Fixtures.LOCATION;
import static dev.chatwidget.core.application.resilience.Fixtures.OTHER_LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.RateLimited;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The token bucket at the edges of its arithmetic: exact refill, partial permits, the idle sweep's cut-off. */
class TokenBucketBoundaryTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);

    private TokenBucketRateLimiter limiter(long permits, Duration interval) {
        return new TokenBucketRateLimiter(BurstLimit.of(permits, interval), clock, sleeper);
    }

    private static boolean grantedNow(TokenBucketRateLimiter limiter, LocationId location, Instant now) {
        return limiter.acquire(Optional.of(location), now).isRight();
    }

    @Test
    void refill_stops_exactly_at_capacity_so_the_next_wait_is_never_a_nanosecond_short() {
        // 3 permits per second: one permit takes 333,333,333.3 ns to come back, so refill rounds up to whole ns.
        TokenBucketRateLimiter limiter = limiter(3, Duration.ofSeconds(1));
        assertThat(grantedNow(limiter, LOCATION, clock.instant())).isTrue();
        clock.advance(Duration.ofNanos(333_333_334));
        for (int i = 0; i < 3; i++) {
            assertThat(grantedNow(limiter, LOCATION, clock.instant())).as("permit %d", i).isTrue();
        }

        RateLimited refused = (RateLimited) limiter.acquire(Optional.of(LOCATION), clock.instant()).getLeft();

        assertThat(refused.retryAfter()).contains(Duration.ofNanos(333_333_334));
    }

    @Test
    void a_refusal_reports_the_configured_limit_and_no_whole_permit_left_while_one_is_half_refilled() {
        TokenBucketRateLimiter limiter = limiter(1, Duration.ofSeconds(1));
        grantedNow(limiter, LOCATION, clock.instant());
        clock.advance(Duration.ofMillis(500));

        RateLimited refused = (RateLimited) limiter.acquire(Optional.of(LOCATION), clock.instant()).getLeft();

        RateLimits limits = refused.limits();
        assertThat(limits.burstMax()).isEqualTo(OptionalLong.of(1));
        assertThat(limits.burstRemaining()).isEqualTo(OptionalLong.of(0));
        assertThat(limits.burstInterval()).contains(Duration.ofSeconds(1));
        assertThat(refused.retryAfter()).contains(Duration.ofMillis(500));
    }

    @Test
    void the_sweep_drops_a_bucket_idle_for_exactly_the_eviction_time_and_keeps_one_used_since() {
        TokenBucketRateLimiter limiter = limiter(100, Duration.ofSeconds(10));
        Instant start = clock.instant();
        grantedNow(limiter, LOCATION, start);
        clock.set(start.plusSeconds(30));
        grantedNow(limiter, LocationId.of("used-later"), clock.instant());
        clock.set(start.plus(TokenBucketRateLimiter.IDLE_EVICTION));

        grantedNow(limiter, OTHER_LOCATION, clock.instant());

        assertThat(limiter.trackedLocations()).as("used-later and the new one").isEqualTo(2);

        // The next sweep is due an eviction time after this one, however long used-later has been idle by then.
        clock.set(start.plusSeconds(95));
        grantedNow(limiter, OTHER_LOCATION, clock.instant());
        assertThat(limiter.trackedLocations()).isEqualTo(2);
        clock.set(start.plus(TokenBucketRateLimiter.IDLE_EVICTION.multipliedBy(2)));
        grantedNow(limiter, LOCATION, clock.instant());
        assertThat(limiter.trackedLocations()).as("used-later dropped, the other two in use").isEqualTo(2);
    }

    @Test
    void the_largest_limit_whose_arithmetic_fits_is_accepted_and_one_permit_more_is_not() {
        long most = BurstLimit.MAX_UNITS / Duration.ofSeconds(1).toNanos();

        assertThat(BurstLimit.of(most, Duration.ofSeconds(1)).permits()).isEqualTo(most);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BurstLimit.of(most + 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }

    @Test
    void a_retired_bucket_refuses_everything_so_its_caller_looks_the_location_up_again() {
        TokenBucket bucket = new TokenBucket(BurstLimit.of(1, Duration.ofSeconds(1)), 0);

        assertThat(bucket.retireIfIdle(() -> 0, 0)).isTrue();

        assertThat(bucket.reserve(() -> 0, Long.MAX_VALUE)).isEmpty();
        assertThat(bucket.adapt(RateLimits.NONE, () -> 0)).isFalse();
    }
}
