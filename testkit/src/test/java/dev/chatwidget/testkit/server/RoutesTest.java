package dev.chatwidget.testkit.server;

import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutesTest {

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
        return WidgetSettings.of((JsonObject) JsonValue.of(values));
    }

    @Test
    void create_answers_201_with_the_widget_and_the_first_widget_becomes_default() {
        Call.Response r = send("POST", "/chat-widget/",
                "{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"Support\",\"locationId\":\"loc1\","
                        + "\"settings\":{\"heading\":\"Hi\",\"unknownKey\":{\"deep\":1.50}}}");

        assertThat(r.status()).isEqualTo(201);
        JsonNode w = r.json();
        assertThat(w.get("_id").asText()).hasSize(20);
        assertThat(w.get("name").asText()).isEqualTo("Support");
        assertThat(w.get("default").asBoolean()).isTrue();
        assertThat(w.get("deleted").asBoolean()).isFalse();
        assertThat(r.body()).contains("\"deep\":1.50");
        assertThat(server.fake().stored(LOC, WidgetId.of(w.get("_id").asText()))).isPresent();
        assertThat(r.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void create_is_also_served_without_the_trailing_slash() {
        Call.Response r = send("POST", "/chat-widget",
                "{\"version\":3,\"chatType\":\"emailChat\",\"name\":\"Mail\",\"locationId\":\"loc1\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("chatType").asText()).isEqualTo("emailChat");
    }

    @Test
    void create_of_a_type_that_is_not_writable_is_422_with_a_list_of_messages_and_a_trace_id() {
        Call.Response r = send("POST", "/chat-widget/",
                "{\"version\":3,\"chatType\":\"waChat\",\"name\":\"\",\"locationId\":\"loc1\"}");

        assertThat(r.status()).isEqualTo(422);
        JsonNode body = r.json();
        assertThat(body.get("statusCode").asInt()).isEqualTo(422);
        assertThat(body.get("message").isArray()).isTrue();
        assertThat(body.get("message").toString()).contains("chatType").contains("name");
        assertThat(body.get("error").asText()).isEqualTo("Unprocessable Entity");
        assertThat(body.get("traceId").asText()).isNotBlank();
    }

    @Test
    void malformed_json_body_is_400_and_a_body_of_the_wrong_shape_is_400_or_422() {
        assertThat(send("POST", "/chat-widget/", "{\"version\":3,").status()).isEqualTo(400);
        assertThat(send("POST", "/chat-widget/", "[1,2]").status()).isEqualTo(400);
        assertThat(send("POST", "/chat-widget/", "").status()).isEqualTo(400);
        assertThat(send("POST", "/chat-widget/clone", "not json").status()).isEqualTo(400);
        assertThat(send("POST", "/chat-widget/",
                "{\"version\":\"three\",\"chatType\":\"liveChat\",\"name\":\"n\",\"locationId\":\"loc1\"}").status())
                .isEqualTo(422);
        assertThat(send("POST", "/chat-widget/",
                "{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"n\",\"locationId\":\"loc1\",\"settings\":7}")
                .status()).isEqualTo(422);
        assertThat(server.fake().liveWidgets(LOC)).isEmpty();
    }

    @Test
    void get_answers_200_with_the_stored_widget() {
        ChatWidget w = seed("One");

        Call.Response r = send("GET", "/chat-widget/data/loc1/" + w.id(), null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("_id").asText()).isEqualTo(w.id().value());
        assertThat(r.json().get("locationId").asText()).isEqualTo("loc1");
    }

    @Test
    void get_of_an_unknown_widget_is_404_with_the_documented_body() {
        Call.Response r = send("GET", "/chat-widget/data/loc1/doesNotExist0000000", null);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("statusCode").asInt()).isEqualTo(404);
        assertThat(r.json().get("message").isTextual()).isTrue();
        assertThat(r.json().get("traceId").asText()).isNotBlank();
    }

    @Test
    void path_segments_are_percent_decoded() {
        LocationId accented = LocationId.of("locé");
        ChatWidget w = server.seed(SeedWidget.of(accented, ChatType.LIVE_CHAT, "Accent"));

        Call.Response r = send("GET", "/chat-widget/data/loc%C3%A9/" + w.id(), null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("locationId").asText()).isEqualTo("locé");
    }

    @Test
    void replace_answers_200_and_replaces_settings_whole() {
        ChatWidget w = server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "Old")
                .withSettings(settings(Map.of("heading", "H", "keep", "no"))));

        Call.Response r = send("PUT", "/chat-widget/data/loc1/" + w.id(),
                "{\"name\":\"New\",\"settings\":{\"heading\":\"H2\"}}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("New");
        assertThat(r.json().get("settings").toString()).isEqualTo("{\"heading\":\"H2\"}");
    }

    @Test
    void patch_answers_200_and_merges_settings() {
        ChatWidget w = server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "Old")
                .withSettings(settings(Map.of("heading", "H", "drop", "me"))));

        Call.Response r = send("PATCH", "/chat-widget/data/loc1/" + w.id(),
                "{\"settings\":{\"subHeading\":\"S\",\"drop\":null}}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("Old");
        JsonNode s = r.json().get("settings");
        assertThat(s.get("heading").asText()).isEqualTo("H");
        assertThat(s.get("subHeading").asText()).isEqualTo("S");
        assertThat(s.has("drop")).isFalse();
    }

    @Test
    void delete_answers_200_and_the_widget_then_answers_404() {
        ChatWidget w = seed("Doomed");

        Call.Response r = send("DELETE", "/chat-widget/loc1/" + w.id(), null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("_id").asText()).as("the deleted widget").isEqualTo(w.id().value());
        assertThat(r.json().get("name").asText()).isEqualTo("Doomed");
        assertThat(r.json().get("deleted").asBoolean()).isTrue();
        assertThat(send("GET", "/chat-widget/data/loc1/" + w.id(), null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/chat-widget/loc1/" + w.id(), null).status()).isEqualTo(404);
        assertThat(server.fake().stored(LOC, w.id()).orElseThrow().deleted()).isTrue();
    }

    @Test
    void clone_answers_201_with_the_copy() {
        ChatWidget source = seed("Original");

        Call.Response r = send("POST", "/chat-widget/clone",
                "{\"locationId\":\"loc1\",\"chatWidgetId\":\"" + source.id() + "\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("name").asText()).isEqualTo("Original (copy)");
        assertThat(r.json().get("originId").asText()).isEqualTo(source.id().value());
        assertThat(r.json().get("default").asBoolean()).isFalse();
    }

    @Test
    void clone_without_its_required_fields_is_422() {
        assertThat(send("POST", "/chat-widget/clone", "{\"locationId\":\"loc1\"}").status()).isEqualTo(422);
    }

    @Test
    void public_config_answers_200_with_the_config_object_and_takes_a_version() {
        ChatWidget w = seed("Public");

        Call.Response plain = call(server, "GET", "/chat-widget/public/config/" + w.id()).send();
        Call.Response versioned = call(server, "GET", "/chat-widget/public/config/" + w.id() + "?version=3").send();
        Call.Response bad = call(server, "GET", "/chat-widget/public/config/" + w.id() + "?version=abc").send();

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.json().get("config").get("_id").asText()).isEqualTo(w.id().value());
        assertThat(versioned.status()).isEqualTo(200);
        assertThat(bad.status()).isEqualTo(422);
    }

    @Test
    void unknown_routes_are_404_and_wrong_methods_are_405() {
        assertThat(send("GET", "/chat-widget/nope/at/all/here", null).status()).isEqualTo(404);
        assertThat(send("GET", "/other", null).status()).isEqualTo(404);
        assertThat(send("GET", "/", null).status()).isEqualTo(404);
        Call.Response wrong = send("POST", "/chat-widget/list?locationId=loc1", "{}");
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.header("Allow")).isEqualTo("GET");
        assertThat(send("DELETE", "/chat-widget/data/loc1/abc", null).status()).isEqualTo(405);
    }

    static List<String> names(Call.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("chatWidgets").forEach(n -> out.add(n.get("name").asText()));
        return out;
    }
}
