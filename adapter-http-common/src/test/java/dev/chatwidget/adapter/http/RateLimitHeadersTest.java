package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

    static ResponseHeaders headers(String... nameValues) {
        ResponseHeaders.Builder builder = ResponseHeaders.builder();
        for (int i = 0; i < nameValues.length; i += 2) {
            builder.add(nameValues[i], nameValues[i + 1]);
        }
        return builder.build();
    }

    @Test
    void all_five_headers_are_read_whatever_their_case() {
        RateLimits limits = RateLimitHeaders.parse(headers("x-ratelimit-max", "100", "X-RATELIMIT-REMAINING", " 42 ",
                "X-RateLimit-Interval-Milliseconds", "10000", "X-RateLimit-Limit-Daily", "200000",
                "X-RateLimit-Daily-Remaining", "0"));

        assertThat(limits).isEqualTo(new RateLimits(OptionalLong.of(100), OptionalLong.of(42),
                Optional.of(Duration.ofSeconds(10)), OptionalLong.of(200_000), OptionalLong.of(0)));
        assertThat(limits.dailyExhausted()).isTrue();
    }

    @Test
    void missing_or_unreadable_headers_are_absent() {
        assertThat(RateLimitHeaders.parse(ResponseHeaders.NONE)).isEqualTo(RateLimits.NONE);
        assertThat(RateLimitHeaders.parse(headers("X-RateLimit-Max", "lots", "X-RateLimit-Remaining", "-1",
                "X-RateLimit-Limit-Daily", "1e5", "X-RateLimit-Daily-Remaining", "99999999999999999999")))
                .isEqualTo(RateLimits.NONE);
    }

    @Test
    void the_daily_reset_is_read_as_epoch_millis_epoch_seconds_iso_8601_or_an_http_date() {
        Instant reset = Instant.parse("2026-12-01T00:00:00Z");

        for (String value : List.of("1796083200000", "1796083200", "2026-12-01T00:00:00Z",
                "Tue, 01 Dec 2026 00:00:00 GMT", " 1796083200000 ", "1796083200000, 1796083200000")) {
            assertThat(RateLimitHeaders.parse(headers("x-ratelimit-daily-reset", value)).dailyReset()).as(value)
                    .contains(reset);
        }
        for (String value : List.of("", "soon", "86400", "0", "-1796083200", "2026-13-01T00:00:00Z")) {
            assertThat(RateLimitHeaders.parse(headers("X-RateLimit-Daily-Reset", value)).dailyReset()).as(value)
                    .isEmpty();
        }
    }

    @Test
    void a_daily_429_says_when_the_daily_budget_resets_in_the_error_and_its_message() {
        ResponseHeaders headers = headers("X-RateLimit-Limit-Daily", "200000", "X-RateLimit-Daily-Remaining", "0",
                "X-RateLimit-Daily-Reset", "1796083200000");

        ChatWidgetError error = ErrorClassifier.classify(429, headers, new byte[0], RateLimitHeaders.parse(headers),
                Instant.parse("2026-11-30T12:00:00Z"));

        assertThat(error).isInstanceOfSatisfying(RateLimited.class, limited -> {
            assertThat(limited.scope()).isEqualTo(RateLimited.Scope.DAILY);
            assertThat(limited.dailyResetAt()).contains(Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(limited.message()).endsWith("(the daily budget resets at 2026-12-01T00:00:00Z)");
        });
    }

    @Test
    void a_bare_number_is_epoch_seconds_from_2001_09_09_and_epoch_milliseconds_from_eleven_digits_on() {
        assertThat(DailyReset.parse("999999999")).isEmpty();
        assertThat(DailyReset.parse("1000000000")).contains(Instant.ofEpochSecond(1_000_000_000L));
        assertThat(DailyReset.parse("99999999999")).contains(Instant.ofEpochSecond(99_999_999_999L));
        assertThat(DailyReset.parse("100000000000")).contains(Instant.ofEpochMilli(100_000_000_000L));
        assertThat(DailyReset.parse("100000000000000000")).contains(Instant.ofEpochMilli(100_000_000_000_000_000L));
        assertThat(DailyReset.parse("1000000000000000000")).isEmpty();
    }

    @Test
    void counts_of_up_to_18_digits_are_read() {
        assertThat(RateLimitHeaders.parse(headers("X-RateLimit-Max", "999999999999999999")).burstMax())
                .hasValue(999_999_999_999_999_999L);
        assertThat(RateLimitHeaders.parse(headers("X-RateLimit-Max", "1000000000000000000")).burstMax()).isEmpty();
    }

    @Test
    void a_header_merged_by_a_proxy_counts_its_first_value() {
        assertThat(RateLimitHeaders.parse(headers("X-RateLimit-Remaining", "5, 5")).burstRemaining()).hasValue(5);
    }

    @Test
    void limits_written_as_headers_read_back_the_same() {
        RateLimits limits = new RateLimits(OptionalLong.of(100), OptionalLong.of(3), Optional.of(Duration.ofSeconds(10)),
                OptionalLong.empty(), OptionalLong.of(7), Optional.of(Instant.parse("2026-12-01T00:00:00Z")));
        RateLimits all = new RateLimits(OptionalLong.of(100), OptionalLong.of(3), Optional.of(Duration.ofSeconds(10)),
                OptionalLong.of(200_000), OptionalLong.of(7), Optional.of(Instant.parse("2026-12-01T00:00:00Z")));

        Map<String, String> written = RateLimitHeaders.toHeaders(limits);

        assertThat(written).containsOnlyKeys(RateLimitHeaders.MAX, RateLimitHeaders.REMAINING,
                RateLimitHeaders.INTERVAL_MILLISECONDS, RateLimitHeaders.DAILY_REMAINING, RateLimitHeaders.DAILY_RESET);
        assertThat(RateLimitHeaders.toHeaders(all)).hasSize(6);
        for (RateLimits each : List.of(limits, all, RateLimits.NONE)) {
            ResponseHeaders.Builder builder = ResponseHeaders.builder();
            RateLimitHeaders.toHeaders(each).forEach(builder::add);
            assertThat(RateLimitHeaders.parse(builder.build())).isEqualTo(each);
        }
    }

    @Test
    void retry_after_reads_seconds_or_an_http_date() {
        Instant now = Instant.parse("2015-10-21T07:28:00Z");

        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 1.5 ", now)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse("0", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:27:00 GMT", now)).contains(Duration.ZERO);
    }

    @Test
    void retry_after_ignores_garbage_and_absurd_waits() {
        Instant now = Instant.parse("2015-10-21T07:28:00Z");

        for (String value : List.of("", "soon", "-5", "1.2.3", "99999999999999999999999", "Wed, 21 Oct 2099 07:28:00 GMT")) {
            assertThat(RetryAfter.parse(value, now)).as(value).isEmpty();
        }
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
