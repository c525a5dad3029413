package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.net.URI;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RoutesTest {

    final Routes routes = new Routes(URI.create("https://api.example.test"));
    final LocationId location = LocationId.of("loc1");
    final WidgetId id = WidgetId.of("w1");

    @Test
    void every_operation_has_its_method_path_and_template() {
        assertRoute(routes.get(location, id), "GET", "/chat-widget/data/loc1/w1", "/chat-widget/data/{locationId}/{id}");
        assertRoute(routes.replace(location, id), "PUT", "/chat-widget/data/loc1/w1", "/chat-widget/data/{locationId}/{id}");
        assertRoute(routes.patch(location, id), "PATCH", "/chat-widget/data/loc1/w1", "/chat-widget/data/{locationId}/{id}");
        assertRoute(routes.delete(location, id), "DELETE", "/chat-widget/loc1/w1", "/chat-widget/{locationId}/{id}");
        assertRoute(routes.publicConfig(id, OptionalInt.empty()), "GET", "/chat-widget/public/config/w1",
                "/chat-widget/public/config/{id}");
        assertRoute(routes.clone(location), "POST", "/chat-widget/clone", "/chat-widget/clone");
        assertRoute(routes.create(location), "POST", "/chat-widget/", "/chat-widget/");
        assertRoute(routes.list(ListQuery.of(location)), "GET", "/chat-widget/list", "/chat-widget/list");
    }

    @Test
    void the_public_config_concerns_no_location_and_every_other_call_its_own() {
        assertThat(routes.publicConfig(id, OptionalInt.of(2)).location()).isEmpty();
        assertThat(routes.publicConfig(id, OptionalInt.of(2)).uri().getRawQuery()).isEqualTo("version=2");
        assertThat(routes.get(location, id).location()).contains(location);
        assertThat(routes.list(ListQuery.of(location)).location()).contains(location);
    }

    @Test
    void list_sends_paging_as_strings_and_only_the_filters_given() {
        URI plain = routes.list(ListQuery.of(location).withOffset(40).withLimit(100)).uri();
        URI filtered = routes.list(ListQuery.of(location).withChatType(ChatTypeFilter.WEB_CHAT)
                .withExcludeChatType(ChatType.EMAIL_CHAT)).uri();

        assertThat(plain.getRawQuery()).isEqualTo("locationId=loc1&offset=40&limit=100");
        assertThat(filtered.getRawQuery())
                .isEqualTo("locationId=loc1&offset=0&limit=20&chatType=webChat&excludeChatType=emailChat");
    }

    @Test
    void hostile_query_values_are_percent_encoded_and_cannot_add_parameters() {
        URI uri = routes.list(ListQuery.of(location).withVoiceAiAgentId("x&limit=1000#frag?/ é+%")
                .withAllInOneChatTypes(List.of(ChatTypeFilter.WEB_CHAT, ChatTypeFilter.only(ChatType.of("new&type"))))).uri();

        assertThat(uri.getRawQuery()).isEqualTo("locationId=loc1&offset=0&limit=20"
                + "&voiceAiAgentId=x%26limit%3D1000%23frag%3F%2F%20%C3%A9%2B%25&allInOneChatTypes=webChat%2Cnew%26type");
        assertThat(uri.getRawFragment()).isNull();
        assertThat(uri.getQuery()).contains("voiceAiAgentId=x&limit=1000#frag?/ é+%");
    }

    @Test
    void path_segments_are_encoded_so_an_id_stays_one_segment() {
        URI uri = routes.get(LocationId.of("lé:c@;=x"), WidgetId.of("w+[]!$'()*,~._-")).uri();

        assertThat(uri.getRawPath()).isEqualTo("/chat-widget/data/l%C3%A9%3Ac%40%3B%3Dx/w%2B%5B%5D%21%24%27%28%29%2A%2C~._-");
        assertThat(uri.getRawPath().split("/")).hasSize(5);
    }

    @Test
    void a_base_uri_path_prefix_is_kept_and_a_trailing_slash_ignored() {
        Routes prefixed = new Routes(URI.create("http://localhost:8080/proxy/"));

        assertThat(prefixed.get(location, id).uri())
                .isEqualTo(URI.create("http://localhost:8080/proxy/chat-widget/data/loc1/w1"));
        assertThat(prefixed.create(location).uri()).isEqualTo(URI.create("http://localhost:8080/proxy/chat-widget/"));
    }

    private static void assertRoute(Route route, String method, String path, String template) {
        assertThat(route.endpoint().method()).isEqualTo(method);
        assertThat(route.uri().getRawPath()).isEqualTo(path);
        assertThat(route.endpoint().pathTemplate()).isEqualTo(template);
        assertThat(route.uri().getHost()).isEqualTo("api.example.test");
    }
}
