package dev.chatwidget.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request targets go out byte for byte over a raw socket, so no client library can normalise them first. */
class HostilePathsTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final LocationId OTHER = LocationId.of("loc2");
    static final String[] AUTH = {"Authorization: Bearer tok", "Version: v3"};

    FakeHighLevelServer server;
    ChatWidget mine;
    ChatWidget theirs;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder()
                .token("tok", TokenAccess.anyLocation(Scopes.ALL))
                .rateLimits(RateLimitPolicy.UNLIMITED)
                .start();
        mine = server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "mine"));
        theirs = server.seed(SeedWidget.of(OTHER, ChatType.LIVE_CHAT, "theirs"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    int status(String method, String target) throws IOException {
        return RawHttp.send(server, method, target.replace("{mine}", mine.id().value())
                .replace("{theirs}", theirs.id().value()), AUTH).status();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/chat-widget/data/loc1/..%2F..%2Flist",
        "/chat-widget/data/loc1/..%2F..%2Floc2%2F{theirs}",
        "/chat-widget/data/loc1%2F{mine}/x",
        "/chat-widget/data/loc1/{mine}%2F",
        "/chat-widget/data/loc1/{mine}%3Fx=1",
        "/chat-widget/data/loc1/{mine}%23frag",
        "/chat-widget/data/loc1/{mine}%20",
        "/chat-widget/data/loc1/a%00b",
        "/chat-widget/data/loc1/%2E%2E",
        "/chat-widget/data/loc1/..",
        "/chat-widget/data/loc1/.",
        "/chat-widget/data//{mine}",
        "/chat-widget/data/loc1/{mine}/extra",
        "/chat-widget/%6Cist?locationId=loc1&offset=0&limit=10",
        "/chat-widget/public/config/..%2Fconfig%2F{mine}",
        "/chat-widget/public/config/{mine}%3Fversion=3",
    })
    void a_hostile_path_is_404_and_never_reaches_another_route(String target) throws IOException {
        assertThat(status("GET", target)).isEqualTo(404);
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.operation()).isEmpty());
    }

    @Test
    void a_hostile_delete_deletes_nothing() throws IOException {
        assertThat(status("DELETE", "/chat-widget/loc1/..")).isEqualTo(404);
        assertThat(status("DELETE", "/chat-widget/loc1/%2E%2E")).isEqualTo(404);
        assertThat(status("DELETE", "/chat-widget/loc1/{mine}%2F..")).isEqualTo(404);
        assertThat(status("DELETE", "/chat-widget/loc1%2F..%2Floc2/{theirs}")).isEqualTo(404);

        assertThat(server.fake().liveWidgets(LOC)).hasSize(1);
        assertThat(server.fake().liveWidgets(OTHER)).hasSize(1);
    }

    @Test
    void an_encoded_literal_segment_is_not_that_literal() throws IOException {
        assertThat(RawHttp.sendWithBody(server, "POST", "/chat-widget/%63lone",
                "{\"locationId\":\"loc1\",\"chatWidgetId\":\"" + mine.id() + "\"}", AUTH).status()).isEqualTo(404);
        assertThat(server.fake().liveWidgets(LOC)).hasSize(1);
    }

    @Test
    void bytes_that_do_not_percent_decode_to_utf_8_are_400() throws IOException {
        assertThat(status("GET", "/chat-widget/data/loc1/%C3%28")).isEqualTo(400);
        assertThat(status("GET", "/chat-widget/data/loc1/%zz")).isEqualTo(400);
        assertThat(status("GET", "/chat-widget/list?locationId=loc1%FF&offset=0&limit=10")).isEqualTo(400);
    }

    @Test
    void an_encoded_ampersand_stays_inside_its_query_value() throws IOException {
        // "loc1&locationId=loc2" is one (odd but legal) location id with no widgets, not two parameters
        RawHttp.Exchange r = RawHttp.send(server, "GET",
                "/chat-widget/list?locationId=loc1%26locationId%3Dloc2&offset=0&limit=10", AUTH);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"totalCount\":0");
    }

    @Test
    void a_plain_path_still_works_over_the_raw_socket() throws IOException {
        RawHttp.Exchange ok = RawHttp.send(server, "GET", "/chat-widget/data/loc1/" + mine.id(), AUTH);

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body()).contains(mine.id().value());
    }
}
