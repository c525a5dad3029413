package dev.chatwidget.core.application.resilience;

import static dev.chatwidget.core.application.resilience.Fixtures.LOCATION;
import static dev.chatwidget.core.application.resilience.Fixtures.OTHER_LOCATION;
import static dev.chatwidget.core.application.resilience.Fixtures.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How what the service reports tightens (and never loosens) a location's bucket. */
class TokenBucketAdaptationTest {

    private static final Duration ONE_PERMIT = Duration.ofMillis(100);

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);
    private final TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(clock, sleeper);

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
    void server_reporting_nothing_remaining_empties_the_bucket() {
        limiter.onRateLimits(Optional.of(LOCATION), reported(100L, 0L, Duration.ofSeconds(10)));

        assertThat(drain(LOCATION)).isZero();
    }

    @Test
    void server_reported_remaining_never_raises_the_bucket() {
        for (int i = 0; i < 80; i++) {
            acquire(LOCATION, Duration.ZERO);
        }

        limiter.onRateLimits(Optional.of(LOCATION), reported(100L, 95L, null));

        assertThat(drain(LOCATION)).isEqualTo(20);
    }

    @Test
    void server_reporting_a_lower_maximum_shrinks_the_capacity_and_slows_refill() {
        limiter.onRateLimits(Optional.of(LOCATION), reported(10L, 10L, Duration.ofSeconds(10)));

        assertThat(drain(LOCATION)).isEqualTo(10);
        assertThat(((RateLimited) acquire(LOCATION, Duration.ZERO).getLeft()).retryAfter())
                .contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(30));
        assertThat(drain(LOCATION)).isEqualTo(10);
    }

    @Test
    void a_bucket_dropped_after_idling_starts_again_from_the_configuration_until_the_next_report() {
        limiter.onRateLimits(Optional.of(LOCATION), reported(10L, 10L, Duration.ofSeconds(10)));

        clock.advance(TokenBucketRateLimiter.IDLE_EVICTION.plusSeconds(1));

        assertThat(drain(LOCATION)).isEqualTo(100);
    }

    @Test
    void server_reporting_a_higher_maximum_never_loosens_the_configured_limit() {
        limiter.onRateLimits(Optional.of(LOCATION), reported(1_000L, 1_000L, Duration.ofSeconds(1)));

        assertThat(drain(LOCATION)).isEqualTo(100);
        assertThat(((RateLimited) acquire(LOCATION, Duration.ZERO).getLeft()).retryAfter())
                .contains(ONE_PERMIT);
    }

    @Test
    void server_reporting_a_longer_interval_slows_refill() {
        drain(LOCATION);

        limiter.onRateLimits(Optional.of(LOCATION), reported(100L, null, Duration.ofSeconds(60)));

        assertThat(((RateLimited) acquire(LOCATION, Duration.ZERO).getLeft()).retryAfter())
                .contains(Duration.ofMillis(600));
    }

    @Test
    void limits_can_shrink_again_and_recover_up_to_the_configuration() {
        limiter.onRateLimits(Optional.of(LOCATION), reported(10L, null, null));
        limiter.onRateLimits(Optional.of(LOCATION), reported(100L, null, null));
        clock.advance(Duration.ofSeconds(10));

        assertThat(drain(LOCATION)).isEqualTo(100);
    }

    @Test
    void a_report_for_a_location_not_yet_seen_tightens_its_first_bucket() {
        limiter.onRateLimits(Optional.of(OTHER_LOCATION), reported(null, 3L, null));

        assertThat(drain(OTHER_LOCATION)).isEqualTo(3);
        assertThat(drain(LOCATION)).isEqualTo(100);
    }

    @Test
    void nonsense_maximum_and_interval_are_ignored_and_negative_remaining_counts_as_none() {
        limiter.onRateLimits(Optional.of(LOCATION), reported(0L, -5L, Duration.ofSeconds(-1)));

        assertThat(drain(LOCATION)).isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(drain(LOCATION)).isEqualTo(100);
    }

    @Test
    void a_longer_interval_keeps_the_whole_permits_refilled_before_the_report() {
        drain(LOCATION);
        clock.advance(Duration.ofSeconds(5)); // half the bucket refilled at the configured pace

        limiter.onRateLimits(Optional.of(LOCATION), reported(100L, null, Duration.ofSeconds(20)));

        assertThat(drain(LOCATION)).isEqualTo(50);
        assertThat(((RateLimited) acquire(LOCATION, Duration.ZERO).getLeft()).retryAfter())
                .contains(Duration.ofMillis(200));
    }
}
