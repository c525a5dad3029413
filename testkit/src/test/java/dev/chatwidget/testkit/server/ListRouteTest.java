package dev.chatwidget.testkit.server;

import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListRouteTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final String TOKEN = "tok-1";

    FakeHighLevelServer server;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder()
                .token(TOKEN, Set.of(LOC, LocationId.of("locé")), Scopes.ALL)
                .rateLimits(RateLimitPolicy.UNLIMITED)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Call.Response send(String method, String path, String body) {
        Call c = call(server, method, path).token(TOKEN);
        return (body == null ? c : c.body(body)).send();
    }

    ChatWidget seed(String name) {
        return server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, name));
    }

    static WidgetSettings settings(Map<String, Object> values) {
        return RoutesTest.settings(values);
    }

    @Test
    void list_answers_200_with_a_page_and_the_total_count() {
        for (int i = 0; i < 5; i++) {
            seed("W" + i);
        }

        Call.Response r = send("GET", "/chat-widget/list?locationId=loc1&offset=1&limit=2", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("totalCount").asInt()).isEqualTo(5);
        assertThat(names(r)).containsExactly("W1", "W2");
    }

    @Test
    void list_query_values_are_percent_decoded() {
        seed("A");

        Call.Response r = send("GET", "/chat-widget/list?locationId=loc%31&offset=0&limit=10", null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void list_paging_values_that_are_not_numbers_or_out_of_bounds_are_422() {
        assertThat(send("GET", "/chat-widget/list?locationId=loc1&offset=abc&limit=10", null).status()).isEqualTo(422);
        assertThat(send("GET", "/chat-widget/list?locationId=loc1&offset=0&limit=1e2", null).status()).isEqualTo(422);
        assertThat(send("GET", "/chat-widget/list?locationId=loc1&offset=0&limit=", null).status()).isEqualTo(422);
        assertThat(send("GET", "/chat-widget/list?locationId=loc1&offset=10001&limit=10", null).status()).isEqualTo(422);
        assertThat(send("GET", "/chat-widget/list?locationId=loc1&offset=0&limit=101", null).status()).isEqualTo(422);
        assertThat(send("GET", "/chat-widget/list?locationId=loc1&offset=0&limit=0", null).status()).isEqualTo(422);
        assertThat(send("GET", "/chat-widget/list?offset=0&limit=10", null).status()).isEqualTo(422);
    }

    @Test
    void list_chat_type_web_chat_expands_and_exclude_web_chat_is_422() {
        server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "live"));
        server.seed(SeedWidget.of(LOC, ChatType.WA_CHAT, "wa"));
        server.seed(SeedWidget.of(LOC, ChatType.FACEBOOK_CHAT, "fb"));

        Call.Response web = send("GET", "/chat-widget/list?locationId=loc1&offset=0&limit=10&chatType=webChat", null);
        Call.Response excluded = send("GET",
                "/chat-widget/list?locationId=loc1&offset=0&limit=10&excludeChatType=waChat", null);

        assertThat(names(web)).containsExactly("wa", "fb");
        assertThat(names(excluded)).containsExactly("live", "fb");
        assertThat(send("GET", "/chat-widget/list?locationId=loc1&offset=0&limit=10&excludeChatType=webChat", null)
                .status()).isEqualTo(422);
    }

    @Test
    void list_all_in_one_chat_types_may_be_comma_separated_and_repeated() {
        server.seed(SeedWidget.of(LOC, ChatType.ALL_IN_ONE_CHAT, "wa-bundle").withSettings(
                settings(Map.of("advanceSettings", Map.of("allInOneChatTypes", List.of("waChat"))))));
        server.seed(SeedWidget.of(LOC, ChatType.ALL_IN_ONE_CHAT, "fb-bundle").withSettings(
                settings(Map.of("advanceSettings", Map.of("allInOneChatTypes", List.of("facebookChat"))))));
        server.seed(SeedWidget.of(LOC, ChatType.ALL_IN_ONE_CHAT, "live-bundle").withSettings(
                settings(Map.of("advanceSettings", Map.of("allInOneChatTypes", List.of("liveChat"))))));
        String base = "/chat-widget/list?locationId=loc1&offset=0&limit=10&chatType=allInOneChat";

        assertThat(names(send("GET", base + "&allInOneChatTypes=waChat,facebookChat", null)))
                .containsExactly("wa-bundle", "fb-bundle");
        assertThat(names(send("GET", base + "&allInOneChatTypes=waChat&allInOneChatTypes=liveChat", null)))
                .containsExactly("wa-bundle", "live-bundle");
        assertThat(names(send("GET", base + "&allInOneChatTypes=webChat", null)))
                .containsExactly("wa-bundle", "fb-bundle");
    }

    @Test
    void list_filters_by_voice_ai_agent() {
        server.seed(SeedWidget.of(LOC, ChatType.VOICE_AI_CHAT, "agent").withSettings(
                settings(Map.of("advanceSettings", Map.of("voiceAiAgent", Map.of("id", "ag-1"))))));
        server.seed(SeedWidget.of(LOC, ChatType.VOICE_AI_CHAT, "other"));

        assertThat(names(send("GET", "/chat-widget/list?locationId=loc1&offset=0&limit=10&voiceAiAgentId=ag-1", null)))
                .containsExactly("agent");
    }

    @Test
    void list_filters_by_creation_source_kept_or_excluded_and_any_value_passes() {
        server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "builder").withCreationSource("chat-widget"));
        server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "imported").withCreationSource("import-2027"));
        server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "none"));
        String base = "/chat-widget/list?locationId=loc1&offset=0&limit=10";

        assertThat(names(send("GET", base + "&creationSource=chat-widget", null))).containsExactly("builder");
        assertThat(names(send("GET", base + "&creationSource=import-2027", null))).containsExactly("imported");
        assertThat(names(send("GET", base + "&excludeCreationSource=chat-widget", null)))
                .containsExactly("imported", "none");
        assertThat(send("GET", base + "&creationSource=", null).status()).isEqualTo(422);
        assertThat(send("GET", base + "&creationSource=a&creationSource=b", null).status()).isEqualTo(422);
    }

    @Test
    void a_server_told_to_omit_total_count_sends_pages_without_it() {
        try (FakeHighLevelServer quiet = FakeHighLevelServer.builder().token(TOKEN, Set.of(LOC), Scopes.ALL)
                .omitTotalCount().start()) {
            quiet.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "only"));

            Call.Response r = call(quiet, "GET", "/chat-widget/list?locationId=loc1&offset=0&limit=10").token(TOKEN)
                    .send();

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().has("totalCount")).isFalse();
            assertThat(names(r)).containsExactly("only");
        }
    }

    static List<String> names(Call.Response r) {
        return RoutesTest.names(r);
    }
}
