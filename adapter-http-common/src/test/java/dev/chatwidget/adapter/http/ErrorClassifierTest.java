package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.wire.ErrorBodies;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.error.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorClassifierTest {

    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    static ChatWidgetError classify(int status, String body, ResponseHeaders headers) {
        return ErrorClassifier.classify(status, headers, body.getBytes(UTF_8), RateLimitHeaders.parse(headers), NOW);
    }

    static ChatWidgetError classify(int status, String body) {
        return classify(status, body, ResponseHeaders.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><body>nginx</body></html>", "{\"statusCode\":40", "plain text", "[1,2]", "null",
            "{\"message\":42}"})
    void the_status_decides_whatever_the_body(String body) {
        assertThat(classify(400, body)).isInstanceOf(Invalid.class);
        assertThat(classify(401, body)).isInstanceOf(Unauthorized.class);
        assertThat(classify(403, body)).isInstanceOf(Forbidden.class);
        assertThat(classify(404, body)).isInstanceOf(NotFound.class);
        assertThat(classify(422, body)).isInstanceOf(Invalid.class);
        assertThat(classify(429, body)).isInstanceOf(RateLimited.class);
        assertThat(classify(500, body)).isInstanceOf(ServerError.class);
        assertThat(classify(504, body)).isInstanceOf(ServerError.class);
        assertThat(classify(409, body)).isInstanceOf(UnexpectedResponse.class);
        assertThat(classify(302, body)).isInstanceOf(UnexpectedResponse.class);
        assertThat(classify(404, body).message()).doesNotContain("<html>");
    }

    @Test
    void without_a_json_message_the_error_says_the_status() {
        assertThat(classify(404, "").message()).isEqualTo("HTTP 404 Not Found");
        assertThat(((Invalid) classify(422, "")).violations())
                .containsExactly(Violation.unattributed("HTTP 422 Unprocessable Entity"));
    }

    @Test
    void a_message_list_becomes_violations_with_their_fields() {
        Invalid invalid = (Invalid) classify(422, "{\"statusCode\":422,\"message\":[\"name must be a string\","
                + "\"property foo should not exist\",\"each value in allInOneChatTypes must be one of: liveChat\","
                + "\"settings.theme.name must be a string\",\"Something broke\"],\"error\":\"Unprocessable Entity\"}");

        assertThat(invalid.violations()).containsExactly(
                Violation.of("name", "must be a string"),
                Violation.of("foo", "should not exist"),
                Violation.of("allInOneChatTypes", "must be one of: liveChat"),
                Violation.of("settings.theme.name", "must be a string"),
                Violation.unattributed("Something broke"));
        assertThat(((Invalid) classify(400, "{\"statusCode\":400,\"message\":\"Bad Request\"}")).violations())
                .containsExactly(Violation.unattributed("Bad Request"));
    }

    @Test
    void violations_sent_by_a_server_using_error_bodies_read_back_unchanged() {
        List<Violation> sent = List.of(Violation.of("name", "is required and must not be blank"),
                Violation.of("version", "must be a positive number"),
                Violation.of("default", "cannot be set to false on the location's default widget; make another widget the default instead"),
                Violation.of("chatWidgetId", "the source widget's chatType must be liveChat or emailChat to be cloned (was waChat)"),
                Violation.of("offset", "must be between 0 and 10000"),
                Violation.unattributed("Bad Request"));
        Invalid invalid = new Invalid(422, sent, Optional.empty());

        String body = new String(dev.chatwidget.adapter.http.wire.WireCodec.instance().encodeError(invalid), UTF_8);

        assertThat(((Invalid) classify(422, body)).violations()).isEqualTo(sent);
        assertThat(ErrorBodies.message(sent.get(0))).isEqualTo("name is required and must not be blank");
    }

    @Test
    void the_trace_id_comes_from_the_body_or_else_a_header() {
        ResponseHeaders headers = RateLimitHeadersTest.headers("X-Request-Id", "hdr-1");

        assertThat(classify(500, "{\"message\":\"x\",\"traceId\":\"body-1\"}", headers).traceId()).contains("body-1");
        assertThat(classify(500, "<html>", headers).traceId()).contains("hdr-1");
        assertThat(classify(500, "<html>", RateLimitHeadersTest.headers("X-Trace-Id", "t\r\n2")).traceId())
                .contains("t2");
        assertThat(classify(500, "").traceId()).isEmpty();
    }

    @Test
    void a_trace_id_that_cleans_to_nothing_gives_way_to_the_next_source() {
        ResponseHeaders headers = RateLimitHeadersTest.headers("X-Trace-Id", "\u0001\u007f", "X-Request-Id", "hdr-2");

        assertThat(classify(500, "{\"message\":\"x\",\"traceId\":\" \\r\\n\"}", headers).traceId())
                .contains("hdr-2");
        assertThat(ErrorClassifier.traceId(headers)).contains("hdr-2");
    }

    @Test
    void a_trace_id_keeps_only_visible_ascii_and_at_most_128_characters() {
        assertThat(classify(500, "{\"traceId\":\"a b\\u007fc~!\"}").traceId()).contains("abc~!");
        assertThat(classify(500, "{\"traceId\":\"" + "t".repeat(128) + "\"}").traceId()).contains("t".repeat(128));
        assertThat(classify(500, "{\"traceId\":\"" + "t".repeat(500) + "\"}").traceId()).contains("t".repeat(128));
    }

    @Test
    void every_5xx_is_a_server_error_and_other_statuses_are_unexpected() {
        assertThat(classify(599, "")).isInstanceOf(ServerError.class);
        assertThat(classify(599, "").message()).isEqualTo("HTTP 599 Server Error");
        assertThat(classify(499, "")).isInstanceOf(UnexpectedResponse.class);
        assertThat(classify(600, "")).isInstanceOf(UnexpectedResponse.class);
        assertThat(classify(600, "").message()).isEqualTo("unexpected HTTP status 600");
    }

    @Test
    void blank_messages_are_dropped() {
        assertThat(classify(404, "{\"message\":[\" \",\"\",\"gone\"]}").message()).isEqualTo("gone");
        assertThat(classify(404, "{\"message\":\"\\n\"}").message()).isEqualTo("HTTP 404 Not Found");
    }

    @Test
    void a_429_is_daily_when_the_daily_quota_is_used_up_and_burst_otherwise() {
        RateLimited burst = (RateLimited) classify(429, "", RateLimitHeadersTest.headers(
                "X-RateLimit-Remaining", "0", "X-RateLimit-Interval-Milliseconds", "10000", "X-RateLimit-Daily-Remaining", "5"));
        RateLimited daily = (RateLimited) classify(429, "", RateLimitHeadersTest.headers(
                "X-RateLimit-Interval-Milliseconds", "10000", "X-RateLimit-Daily-Remaining", "0"));
        RateLimited told = (RateLimited) classify(429, "", RateLimitHeadersTest.headers(
                "Retry-After", "3", "X-RateLimit-Interval-Milliseconds", "10000"));

        assertThat(burst.scope()).isEqualTo(RateLimited.Scope.BURST);
        assertThat(burst.retryAfter()).contains(Duration.ofSeconds(10));
        assertThat(burst.limits().burstRemaining()).isEqualTo(OptionalLong.of(0));
        assertThat(daily.scope()).isEqualTo(RateLimited.Scope.DAILY);
        assertThat(daily.retryAfter()).isEmpty();
        assertThat(told.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(((RateLimited) classify(429, "")).limits()).isEqualTo(RateLimits.NONE);
    }

    @Test
    void error_messages_are_short_and_mask_tokens() {
        String message = classify(401, "{\"message\":\"Bearer abc.def rejected " + "y".repeat(2000) + "\"}").message();

        assertThat(message).hasSizeLessThanOrEqualTo(300).doesNotContain("abc.def");
    }
}
