package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The edges of {@link RetryAfter}: the two-day ceiling, fractions and dates around now. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void two_days_is_the_longest_wait_taken_as_a_hint() {
        assertThat(RetryAfter.parse("172800", NOW)).contains(Duration.ofDays(2));
        assertThat(RetryAfter.parse("172800.001", NOW)).isEmpty();
        assertThat(RetryAfter.parse("172801", NOW)).isEmpty();
        assertThat(RetryAfter.parse("Fri, 23 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ofDays(2));
        assertThat(RetryAfter.parse("Fri, 23 Oct 2015 07:28:01 GMT", NOW)).isEmpty();
    }

    @Test
    void fractions_of_a_second_keep_their_milliseconds() {
        assertThat(RetryAfter.parse("0.25", NOW)).contains(Duration.ofMillis(250));
        assertThat(RetryAfter.parse("2.0019", NOW)).contains(Duration.ofMillis(2001));
    }

    @Test
    void a_date_one_second_ahead_waits_one_second_and_now_waits_nothing() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:01 GMT", NOW)).contains(Duration.ofSeconds(1));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("  ", NOW)).isEmpty();
    }
}
