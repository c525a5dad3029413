package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.call.WidgetRequest.CloneWidget;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.DeleteWidget;
import dev.chatwidget.core.call.WidgetRequest.GetPublicConfig;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.call.WidgetRequest.ListWidgets;
import dev.chatwidget.core.call.WidgetRequest.PatchWidget;
import dev.chatwidget.core.call.WidgetRequest.ReplaceWidget;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
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
        WidgetUpdate update = WidgetUpdate.none();
        assertRoute(new GetWidget(location, id), "GET", "/chat-widget/data/loc1/w1",
                "/chat-widget/data/{locationId}/{id}");
        assertRoute(new ReplaceWidget(location, id, update), "PUT", "/chat-widget/data/loc1/w1",
                "/chat-widget/data/{locationId}/{id}");
        assertRoute(new PatchWidget(location, id, update), "PATCH", "/chat-widget/data/loc1/w1",
                "/chat-widget/data/{locationId}/{id}");
        assertRoute(new DeleteWidget(location, id), "DELETE", "/chat-widget/loc1/w1", "/chat-widget/{locationId}/{id}");
        assertRoute(new GetPublicConfig(id, OptionalInt.empty()), "GET", "/chat-widget/public/config/w1",
                "/chat-widget/public/config/{id}");
        assertRoute(new CloneWidget(CloneRequest.of(location, id)), "POST", "/chat-widget/clone", "/chat-widget/clone");
        assertRoute(new CreateWidget(NewWidget.of(location, ChatType.LIVE_CHAT, "Help")), "POST", "/chat-widget/",
                "/chat-widget/");
        assertRoute(new ListWidgets(ListQuery.of(location)), "GET", "/chat-widget/list", "/chat-widget/list");
    }

    @Test
    void the_route_table_names_every_operation_once_with_its_scope_and_success_status() {
        for (Operation operation : Operation.values()) {
            assertThat(Endpoint.of(operation).operation()).isEqualTo(operation);
        }
        assertThat(Endpoint.of(Operation.PUBLIC_CONFIG).scope()).isEmpty();
        assertThat(Endpoint.of(Operation.LIST).scope()).contains(Endpoint.READ_SCOPE);
        assertThat(Endpoint.of(Operation.PATCH).scope()).contains(Endpoint.WRITE_SCOPE);
        assertThat(Endpoint.of(Operation.CREATE).successStatus()).isEqualTo(201);
        assertThat(Endpoint.of(Operation.GET).successStatus()).isEqualTo(200);
        assertThat(Endpoint.GET.segments()).containsExactly("chat-widget", "data", "{locationId}", "{id}");
    }

    @Test
    void the_public_config_version_is_a_query_parameter() {
        assertThat(routes.publicConfig(id, OptionalInt.of(2)).getRawQuery()).isEqualTo("version=2");
        assertThat(routes.publicConfig(id, OptionalInt.empty()).getRawQuery()).isNull();
    }

    @Test
    void list_sends_paging_as_strings_and_only_the_filters_given() {
        URI plain = routes.list(ListQuery.of(location).withOffset(40).withLimit(100));
        URI filtered = routes.list(ListQuery.of(location).withChatType(ChatTypeFilter.WEB_CHAT)
                .withExcludeChatType(ChatType.EMAIL_CHAT));

        assertThat(plain.getRawQuery()).isEqualTo("locationId=loc1&offset=40&limit=100");
        assertThat(filtered.getRawQuery())
                .isEqualTo("locationId=loc1&offset=0&limit=20&chatType=webChat&excludeChatType=emailChat");
    }

    @Test
    void list_sends_the_creation_source_filters_given() {
        URI uri = routes.list(ListQuery.of(location).withCreationSource(CreationSource.PUBLIC_API)
                .withExcludeCreationSource(CreationSource.SNAPSHOT));

        assertThat(uri.getRawQuery())
                .isEqualTo("locationId=loc1&offset=0&limit=20&creationSource=public-api&excludeCreationSource=snapshot");
    }

    @Test
    void hostile_query_values_are_percent_encoded_and_cannot_add_parameters() {
        URI uri = routes.list(ListQuery.of(location).withVoiceAiAgentId("x&limit=1000#frag?/ é+%")
                .withAllInOneChatTypes(List.of(ChatTypeFilter.WEB_CHAT, ChatTypeFilter.only(ChatType.of("new&type")))));

        assertThat(uri.getRawQuery()).isEqualTo("locationId=loc1&offset=0&limit=20"
                + "&voiceAiAgentId=x%26limit%3D1000%23frag%3F%2F%20%C3%A9%2B%25&allInOneChatTypes=webChat%2Cnew%26type");
        assertThat(uri.getRawFragment()).isNull();
        assertThat(uri.getQuery()).contains("voiceAiAgentId=x&limit=1000#frag?/ é+%");
    }

    @Test
    void path_segments_are_encoded_so_an_id_stays_one_segment() {
        URI uri = routes.get(LocationId.of("lé:c@;=x"), WidgetId.of("w+[]!$'()*,~._-"));

        assertThat(uri.getRawPath()).isEqualTo("/chat-widget/data/l%C3%A9%3Ac%40%3B%3Dx/w%2B%5B%5D%21%24%27%28%29%2A%2C~._-");
        assertThat(uri.getRawPath().split("/")).hasSize(5);
    }

    @Test
    void a_base_uri_path_prefix_is_kept_and_a_trailing_slash_ignored() {
        Routes prefixed = new Routes(URI.create("http://localhost:8080/proxy/"));

        assertThat(prefixed.get(location, id))
                .isEqualTo(URI.create("http://localhost:8080/proxy/chat-widget/data/loc1/w1"));
        assertThat(prefixed.uri(new CreateWidget(NewWidget.of(location, ChatType.LIVE_CHAT, "Help")))).isEqualTo(URI.create("http://localhost:8080/proxy/chat-widget/"));
    }

    private void assertRoute(WidgetRequest<?> request, String method, String path, String template) {
        Endpoint endpoint = Endpoint.of(request.operation());
        URI uri = routes.uri(request);
        assertThat(endpoint.method()).isEqualTo(method);
        assertThat(uri.getRawPath()).isEqualTo(path);
        assertThat(endpoint.pathTemplate()).isEqualTo(template);
        assertThat(uri.getHost()).isEqualTo("api.example.test");
    }
}
