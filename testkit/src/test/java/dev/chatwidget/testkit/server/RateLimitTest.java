package dev.chatwidget.testkit.server;

import dev.chatwidget.testkit.fake.TestClock;
import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final LocationId OTHER = LocationId.of("loc2");
    static final String LIST = "/chat-widget/list?locationId=loc1&offset=0&limit=10";
    static final String[] HEADERS = {"X-RateLimit-Max", "X-RateLimit-Remaining", "X-RateLimit-Interval-Milliseconds",
        "X-RateLimit-Limit-Daily", "X-RateLimit-Daily-Remaining", "X-RateLimit-Daily-Reset"};

    TestClock clock = TestClock.fixed(Instant.parse("2026-03-01T23:59:00Z"));
    FakeHighLevelServer server;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder()
                .token("tok", Set.of(LOC, OTHER), Scopes.ALL)
                .token("tok2", Set.of(LOC), Scopes.ALL)
                .burstLimit(3, Duration.ofSeconds(10))
                .dailyLimit(5)
                .clock(clock)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Call.Response list(String token) {
        return call(server, "GET", LIST).token(token).send();
    }

    @Test
    void the_documented_limits_are_the_default() {
        try (FakeHighLevelServer plain = FakeHighLevelServer.builder().token("t", Set.of(LOC), Scopes.ALL).start()) {
            Call.Response r = call(plain, "GET", LIST).token("t").send();

            assertThat(r.header("X-RateLimit-Max")).isEqualTo("100");
            assertThat(r.header("X-RateLimit-Remaining")).isEqualTo("99");
            assertThat(r.header("X-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
            assertThat(r.header("X-RateLimit-Limit-Daily")).isEqualTo("200000");
            assertThat(r.header("X-RateLimit-Daily-Remaining")).isEqualTo("199999");
        }
    }

    @Test
    void every_response_carries_the_rate_limit_headers_errors_included() {
        Call.Response ok = list("tok");
        Call.Response unauthorized = list("nope");
        Call.Response noVersion = call(server, "GET", LIST).token("tok").withoutHeader("Version").send();
        Call.Response notFound = call(server, "GET", "/nowhere").token("tok").send();
        Call.Response forbidden = call(server, "GET", "/chat-widget/list?locationId=zzz&offset=0&limit=1")
                .token("tok").send();
        Call.Response invalid = call(server, "GET", "/chat-widget/list?locationId=loc1&offset=x").token("tok").send();
        Call.Response missing = call(server, "GET", "/chat-widget/data/loc1/abc").token("tok").send();

        for (Call.Response r : new Call.Response[] {ok, unauthorized, noVersion, notFound, forbidden, invalid, missing}) {
            for (String header : HEADERS) {
                assertThat(r.header(header)).as(header + " on " + r).isNotNull();
            }
        }
        assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo("2");
        assertThat(missing.header("X-RateLimit-Remaining")).isEqualTo("1");
    }

    @Test
    void the_burst_limit_answers_429_with_retry_after_until_the_window_rolls() {
        list("tok");
        clock.advance(Duration.ofSeconds(3));
        list("tok");
        list("tok");

        Call.Response refused = list("tok");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("7");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.json().get("statusCode").asInt()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(7));
        assertThat(list("tok").status()).isEqualTo(200);
    }

    @Test
    void limits_are_counted_per_token_and_location() {
        list("tok");
        list("tok");
        list("tok");

        assertThat(list("tok").status()).isEqualTo(429);
        assertThat(list("tok2").status()).isEqualTo(200);
        assertThat(call(server, "GET", "/chat-widget/list?locationId=loc2&offset=0&limit=10").token("tok").send()
                .status()).isEqualTo(200);
    }

    @Test
    void the_daily_limit_answers_429_with_no_daily_remaining_and_retry_after_until_midnight_utc() {
        for (int i = 0; i < 5; i++) {
            assertThat(list("tok").status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(10));
        }

        Call.Response refused = list("tok");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("X-RateLimit-Daily-Remaining")).isEqualTo("0");
        // 23:59:50 now: ten seconds to the next UTC day
        assertThat(refused.header("Retry-After")).isEqualTo("10");
        assertThat(refused.header("X-RateLimit-Daily-Reset")).as("the next UTC midnight, epoch milliseconds")
                .isEqualTo(Long.toString(Instant.parse("2026-03-02T00:00:00Z").toEpochMilli()));
        clock.advance(Duration.ofSeconds(10));
        Call.Response nextDay = list("tok");
        assertThat(nextDay.status()).isEqualTo(200);
        assertThat(nextDay.header("X-RateLimit-Daily-Remaining")).isEqualTo("4");
    }

    @Test
    void reset_forgets_the_counts() {
        list("tok");
        list("tok");
        list("tok");

        server.reset();

        assertThat(list("tok").status()).isEqualTo(200);
    }
}
