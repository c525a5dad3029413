package dev.chatwidget.testkit.server;

import dev.chatwidget.testkit.fake.TestClock;
import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final String SECRET = "s3cr3t-token-value";
    static final String CREATE_BODY = "{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"n\",\"locationId\":\"loc1\"}";

    TestClock clock = TestClock.fixed(Instant.parse("2026-05-01T10:00:00Z"));
    FakeHighLevelServer server;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder()
                .token(SECRET, Set.of(LOC), Scopes.ALL)
                .rateLimits(RateLimitPolicy.UNLIMITED)
                .clock(clock)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_recorded_request_has_method_raw_path_raw_query_headers_body_and_operation() {
        call(server, "POST", "/chat-widget/").token(SECRET).body(CREATE_BODY).send();
        call(server, "GET", "/chat-widget/list?locationId=loc%31&offset=0&limit=5").token(SECRET).send();

        RecordedRequest create = server.requests().get(0);
        RecordedRequest list = server.requests().get(1);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/chat-widget/");
        assertThat(create.body()).isEqualTo(CREATE_BODY);
        assertThat(create.operation()).contains(Operation.CREATE);
        assertThat(create.route()).contains("/chat-widget/");
        assertThat(create.header("version")).contains("v3");
        assertThat(create.header("AUTHORIZATION")).contains("Bearer " + SECRET);
        assertThat(create.receivedAt()).isEqualTo(clock.instant());
        assertThat(list.rawQuery()).isEqualTo("locationId=loc%31&offset=0&limit=5");
        assertThat(list.body()).isEmpty();
        assertThat(server.lastRequest()).contains(list);
    }

    @Test
    void to_string_of_a_recorded_request_never_shows_the_token() {
        call(server, "GET", "/chat-widget/list?locationId=loc1&offset=0&limit=5").token(SECRET).send();

        String shown = server.requests().get(0).toString();

        assertThat(shown).doesNotContain(SECRET).contains("REDACTED").contains("/chat-widget/list");
        assertThat(server.requests().toString()).doesNotContain(SECRET);
    }

    @Test
    void counts_per_operation_include_refused_requests_and_unknown_routes_have_none() {
        call(server, "POST", "/chat-widget/").token(SECRET).body(CREATE_BODY).send();
        call(server, "POST", "/chat-widget/").token("wrong").body(CREATE_BODY).send();
        call(server, "GET", "/nowhere").send();

        assertThat(server.requestCount(Operation.CREATE)).isEqualTo(2);
        assertThat(server.requestCount(Operation.LIST)).isZero();
        assertThat(server.requests(Operation.CREATE)).hasSize(2);
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(2).operation()).isEmpty();
    }

    @Test
    void clear_requests_forgets_the_log_and_reset_forgets_everything_but_tokens() {
        server.seed(SeedWidget.of(LOC, ChatType.WA_CHAT, "seeded"));
        call(server, "GET", "/chat-widget/list?locationId=loc1&offset=0&limit=5").token(SECRET).send();
        server.clearRequests();
        assertThat(server.requests()).isEmpty();

        server.faults().next(Fault.closeConnection());
        server.reset();

        assertThat(server.fake().liveWidgets(LOC)).isEmpty();
        assertThat(server.faults().pending()).isZero();
        assertThat(call(server, "GET", "/chat-widget/list?locationId=loc1&offset=0&limit=5").token(SECRET).send()
                .json().get("totalCount").asInt()).isZero();
    }
}
