package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Durations in nanoseconds, saturating at the ends of a long. */
class DurationsTest {

    @Test
    void a_duration_that_fits_is_its_nanoseconds() {
        assertThat(Durations.saturatedNanos(Duration.ZERO)).isZero();
        assertThat(Durations.saturatedNanos(Duration.ofMillis(1_500))).isEqualTo(1_500_000_000L);
        assertThat(Durations.saturatedNanos(Duration.ofNanos(-7))).isEqualTo(-7);
        assertThat(Durations.saturatedNanos(Duration.ofSeconds(-3, 1))).isEqualTo(-2_999_999_999L);
    }

    @Test
    void at_the_edges_of_a_long_it_is_exact_and_past_them_it_saturates() {
        assertThat(Durations.saturatedNanos(Duration.ofNanos(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(Durations.saturatedNanos(Duration.ofNanos(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertThat(Durations.saturatedNanos(Duration.ofNanos(Long.MAX_VALUE - 1))).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(Durations.saturatedNanos(Duration.ofSeconds(9_223_372_036L))).isEqualTo(9_223_372_036_000_000_000L);
        assertThat(Durations.saturatedNanos(Duration.ofSeconds(9_223_372_035L, 999_999_999)))
                .isEqualTo(9_223_372_035_999_999_999L);
        assertThat(Durations.saturatedNanos(Duration.ofNanos(Long.MAX_VALUE).plusNanos(1))).isEqualTo(Long.MAX_VALUE);
        assertThat(Durations.saturatedNanos(Duration.ofNanos(Long.MIN_VALUE).minusNanos(1))).isEqualTo(Long.MIN_VALUE);
        assertThat(Durations.saturatedNanos(Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(Durations.saturatedNanos(Duration.ofSeconds(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertThat(Durations.saturatedNanos(Duration.ofSeconds(-9_223_372_036L))).isEqualTo(-9_223_372_036_000_000_000L);
    }

    @Test
    void the_span_between_two_instants_matches_duration_between_and_saturates_instead_of_throwing() {
        Instant start = Instant.parse("2026-03-01T12:00:00.900Z");
        for (Instant end : new Instant[] {start, start.plusNanos(1), start.plusMillis(250), start.minusSeconds(3),
                start.plusSeconds(86_400).plusNanos(123), start.plusSeconds(9_223_372_034L)}) {
            assertThat(Durations.saturatedNanosBetween(start, end)).as(end.toString())
                    .isEqualTo(Duration.between(start, end).toNanos());
        }
        assertThat(Durations.saturatedNanosBetween(start, Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(Durations.saturatedNanosBetween(start, Instant.MIN)).isEqualTo(Long.MIN_VALUE);
        assertThat(Durations.saturatedNanosBetween(Instant.MIN, Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(Durations.saturatedNanosBetween(start, start.plusSeconds(9_223_372_036L))).isEqualTo(Long.MAX_VALUE);
        assertThat(Durations.saturatedNanosBetween(start, start.minusSeconds(9_223_372_036L))).isEqualTo(Long.MIN_VALUE);
    }
}
