package dev.chatwidget.adapter.redis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.application.resilience.BurstLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The schedule's spacing: any span of interval + margin holds at most the limit's permits. */
class PacingTest {

    @Test
    void paced_permits_are_spread_over_the_interval_plus_margin() {
        Pacing pacing = Pacing.of(BurstLimit.DOCUMENTED, 1, Duration.ofMillis(250));

        assertThat(pacing.intervalMicros()).isEqualTo(102_500);
        assertThat(pacing.toleranceMicros()).isZero();
    }

    @Test
    void a_burst_is_paid_for_with_a_slower_steady_rate() {
        Pacing pacing = Pacing.of(BurstLimit.DOCUMENTED, 11, Duration.ZERO);

        // 11 at once, then one per 111,112 us: 11 + 89 fit in 10 s, the 101st does not.
        assertThat(pacing.intervalMicros()).isEqualTo(111_112);
        assertThat(pacing.toleranceMicros()).isEqualTo(10 * 111_112);
        assertThat(grantsWithin(pacing, 11, 10_000_000)).isEqualTo(100);
    }

    @Test
    void no_span_of_interval_plus_margin_holds_more_than_the_limit() {
        for (int burst : new int[] {1, 2, 7, 50, 100}) {
            Pacing pacing = Pacing.of(BurstLimit.DOCUMENTED, burst, Duration.ofMillis(300));
            assertThat(grantsWithin(pacing, burst, 10_300_000)).as("burst %d", burst).isLessThanOrEqualTo(100);
            assertThat(grantsWithin(pacing, burst, 10_300_000 + pacing.intervalMicros()))
                    .as("burst %d, one interval more", burst).isGreaterThan(100);
        }
    }

    @Test
    void a_limit_of_one_permit_is_one_per_interval_plus_margin() {
        Pacing pacing = Pacing.of(BurstLimit.of(1, Duration.ofSeconds(1)), 5, Duration.ofMillis(10));

        assertThat(pacing.intervalMicros()).isEqualTo(1_010_000);
        assertThat(pacing.toleranceMicros()).isZero();
    }

    /** How many permits a greedy caller gets in [0, span) under GCRA: the first {@code burst} at 0, then paced. */
    private static long grantsWithin(Pacing pacing, int burst, long spanMicros) {
        long granted = 0;
        long tat = 0;
        for (long now = 0; now < spanMicros; ) {
            long allowedAt = Math.max(tat, 0) - pacing.toleranceMicros();
            if (allowedAt <= now) {
                granted++;
                tat = Math.max(tat, now) + pacing.intervalMicros();
            } else {
                now = allowedAt;
            }
        }
        return granted;
    }
}
