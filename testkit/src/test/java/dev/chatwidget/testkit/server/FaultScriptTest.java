package dev.chatwidget.testkit.server;

import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which request takes which scripted fault. */
class FaultScriptTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final String LIST = "/chat-widget/list?locationId=loc1&offset=0&limit=10";
    static final String CREATE_BODY = "{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"n\",\"locationId\":\"loc1\"}";
    static final String[] AUTH = {"Authorization: Bearer tok", "Version: v3"};

    FakeHighLevelServer server;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder()
                .token("tok", Set.of(LOC), Scopes.ALL)
                .rateLimits(RateLimitPolicy.UNLIMITED)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Call.Response list() {
        return call(server, "GET", LIST).token("tok").send();
    }

    RawHttp.Exchange rawCreate() throws IOException {
        return RawHttp.sendWithBody(server, "POST", "/chat-widget/", CREATE_BODY, AUTH[0], AUTH[1],
                "Content-Type: application/json");
    }

    @Test
    void faults_match_by_operation_or_route_and_leave_other_requests_alone() {
        ChatWidget w = server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "w"));
        server.faults()
                .next(RequestMatcher.operation(Operation.CREATE), Fault.respond(500, "{}"))
                .next(RequestMatcher.route("PATCH", "/chat-widget/data/{locationId}/{id}"), Fault.respond(502, "{}"));

        assertThat(list().status()).isEqualTo(200);
        assertThat(call(server, "GET", "/chat-widget/data/loc1/" + w.id()).token("tok").send().status())
                .isEqualTo(200);
        assertThat(call(server, "PATCH", "/chat-widget/data/loc1/" + w.id()).token("tok").body("{}").send().status())
                .isEqualTo(502);
        assertThat(call(server, "POST", "/chat-widget/").token("tok").body(CREATE_BODY).send().status())
                .isEqualTo(500);
        assertThat(call(server, "POST", "/chat-widget/").token("tok").body(CREATE_BODY).send().status())
                .isEqualTo(201);
    }

    @Test
    void a_sequence_plays_one_fault_per_request_in_order() {
        server.faults().sequence(RequestMatcher.operation(Operation.LIST),
                Fault.respond(503, "{}"), Fault.respond(429, "{}"), Fault.passThrough(), Fault.respond(500, "{}"));

        assertThat(List.of(list().status(), list().status(), list().status(), list().status(), list().status()))
                .containsExactly(503, 429, 200, 500, 200);
    }

    @Test
    void times_and_always_repeat_a_fault_and_clear_forgets_them() {
        server.faults().times(2, RequestMatcher.any(), Fault.respond(503, "{}"));
        assertThat(List.of(list().status(), list().status(), list().status())).containsExactly(503, 503, 200);

        server.faults().always(RequestMatcher.operation(Operation.LIST), Fault.respond(504, "{}"));
        assertThat(List.of(list().status(), list().status())).containsExactly(504, 504);
        assertThat(server.faults().pending()).isEqualTo(1);

        server.faults().clear();
        assertThat(list().status()).isEqualTo(200);
    }

    @Test
    void faults_apply_before_authentication_and_faulted_requests_are_recorded() {
        server.faults().next(Fault.respond(503, "{}"));

        assertThat(call(server, "GET", LIST).withoutHeader("Version").send().status()).isEqualTo(503);
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requestCount(Operation.LIST)).isEqualTo(1);
    }

    @Test
    void a_scripted_status_that_allows_no_body_is_sent_without_one() throws IOException {
        server.faults().next(Fault.respond(204, "{\"ignored\":true}"));

        RawHttp.Exchange raw = RawHttp.send(server, "GET", LIST, AUTH);

        assertThat(raw.status()).isEqualTo(204);
        assertThat(raw.body()).isEmpty();
    }
}
