package dev.chatwidget.adapter.http.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.error.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OtherResponsesTest {

    final WireCodec codec = WireCodec.instance();
    final LocationId location = LocationId.of("loc123");
    final ListQuery query = ListQuery.of(location).withOffset(1).withLimit(2);

    static final String LIST = """
            {"chatWidgets":[
              {"_id":"w1","name":"One","chatType":"liveChat","default":true,"creationSource":"app",
               "settings":{"heading":"h","x":{"y":1.0}},"createdAt":"2024-01-01T00:00:00Z",
               "updatedAt":"2024-01-02T00:00:00Z","locationId":"ignored","surprise":[1]},
              {"_id":"w2","name":"Two","chatType":"brandNewChat","default":false,
               "createdAt":"2024-01-03T00:00:00Z","updatedAt":"2024-01-03T00:00:00Z"}
            ],"totalCount":7,"meta":{"unknown":true}}""";

    @Test
    void a_list_response_decodes_to_a_page_that_remembers_its_query() {
        Page<WidgetSummary> page = codec.decodePage(LIST.getBytes(UTF_8), query).get();

        assertThat(page.totalCount()).isEqualTo(7);
        assertThat(page.query()).isEqualTo(query);
        assertThat(page.items()).extracting(WidgetSummary::id).containsExactly(WidgetId.of("w1"), WidgetId.of("w2"));
        assertThat(page.items().get(0).isDefault()).isTrue();
        assertThat(page.items().get(0).creationSource()).contains("app");
        assertThat(page.items().get(0).settings().toString()).isEqualTo("{\"heading\":\"h\",\"x\":{\"y\":1.0}}");
        assertThat(page.items().get(1).chatType()).isEqualTo(ChatType.of("brandNewChat"));
        assertThat(page.items().get(1).settings()).isEqualTo(WidgetSettings.EMPTY);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void a_page_survives_encode_then_decode() {
        Page<WidgetSummary> page = codec.decodePage(LIST.getBytes(UTF_8), query).get();

        byte[] encoded = codec.encodePage(page);

        assertThat(new String(encoded, UTF_8)).startsWith("{\"chatWidgets\":[{\"_id\":\"w1\",\"name\":\"One\"")
                .endsWith("\"totalCount\":7}");
        assertThat(codec.decodePage(encoded, query).get()).isEqualTo(page);
    }

    @Test
    void a_list_without_total_count_says_so_and_counts_only_what_it_holds() {
        String missing = LIST.replace(",\"totalCount\":7", "");

        Page<WidgetSummary> page = codec.decodePage(missing.getBytes(UTF_8), query).get();

        assertThat(page.totalReported()).isFalse();
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.hasNext()).as("a full page without totalCount may have more behind it").isTrue();
        assertThat(new String(codec.encodePage(page), UTF_8)).doesNotContain("totalCount");
        assertThat(codec.decodePage(codec.encodePage(page), query).get()).isEqualTo(page);
        assertThat(codec.decodePage(LIST.getBytes(UTF_8), query).get().totalReported()).isTrue();
    }

    @Test
    void a_list_without_total_count_or_items_is_read_leniently() {
        assertThat(codec.decodePage("{}".getBytes(UTF_8), query).get().items()).isEmpty();
        assertThat(codec.decodePage("{\"chatWidgets\":[]}".getBytes(UTF_8), query).get().hasNext()).isFalse();
        assertThat(codec.decodePage("{\"chatWidgets\":{}}".getBytes(UTF_8), query).getLeft())
                .isInstanceOf(UnexpectedResponse.class);
    }

    @Test
    void a_public_config_travels_in_a_config_envelope() {
        PublicConfig config = new PublicConfig(WidgetId.of("w1"), location, ChatType.LIVE_CHAT, 3, "One",
                WidgetSettings.EMPTY.withHeading("Hello"));

        byte[] encoded = codec.encodePublicConfig(config);

        assertThat(new String(encoded, UTF_8)).isEqualTo("{\"config\":{\"_id\":\"w1\",\"locationId\":\"loc123\","
                + "\"chatType\":\"liveChat\",\"version\":3,\"name\":\"One\",\"settings\":{\"heading\":\"Hello\"}}}");
        assertThat(codec.decodePublicConfig(encoded, WidgetId.of("other")).get()).isEqualTo(config);
    }

    @Test
    void a_public_config_without_envelope_or_id_is_still_read() {
        String bare = "{\"locationId\":\"loc123\",\"chatType\":\"liveChat\",\"version\":3,\"name\":\"One\"}";

        PublicConfig config = codec.decodePublicConfig(bare.getBytes(UTF_8), WidgetId.of("w9")).get();

        assertThat(config.id()).isEqualTo(WidgetId.of("w9"));
        assertThat(codec.decodePublicConfig("<html>".getBytes(UTF_8), WidgetId.of("w9")).getLeft())
                .isInstanceOf(UnexpectedResponse.class);
    }

    static final String DELETED = """
            {"_id":"w1","version":3,"chatType":"liveChat","name":"One","locationId":"loc123","deleted":true,
             "default":false,"settings":{"heading":"h","x-new":{"deep":[1]}},"creationSource":"public-api",
             "createdAt":"2024-01-01T00:00:00Z","updatedAt":"2024-01-05T00:00:00Z","surprise":1}""";

    @Test
    void the_delete_response_is_the_deleted_widget_as_sent() {
        Deleted deleted = codec.decodeDeleted(DELETED.getBytes(UTF_8), location, WidgetId.of("w1"));

        assertThat(deleted.reported()).isTrue();
        ChatWidget widget = deleted.widget().orElseThrow();
        assertThat(widget.deleted()).isTrue();
        assertThat(widget.name()).isEqualTo("One");
        assertThat(widget.creationSource()).contains("public-api");
        assertThat(widget.settings().toString()).isEqualTo("{\"heading\":\"h\",\"x-new\":{\"deep\":[1]}}");
        assertThat(codec.decodeDeleted(codec.encodeDeleted(deleted), location, WidgetId.of("w1"))).isEqualTo(deleted);
    }

    @Test
    void an_empty_partial_foreign_or_unreadable_delete_response_falls_back_to_what_the_call_named() {
        Deleted known = new Deleted(location, WidgetId.of("w1"));
        String other = DELETED.replace("\"_id\":\"w1\"", "\"_id\":\"w2\"");

        for (String body : new String[] {"", "{}", "{\"success\":true,\"id\":\"w1\"}", "{\"_id\":\"w1\",\"deleted\":true}",
                other, "<html>ok</html>", "{\"_id\":"}) {
            Deleted deleted = codec.decodeDeleted(body.getBytes(UTF_8), location, WidgetId.of("w1"));
            assertThat(deleted).as(body).isEqualTo(known);
            assertThat(deleted.reported()).as(body).isFalse();
        }
        assertThat(codec.decodeDeleted((byte[]) null, location, WidgetId.of("w1"))).isEqualTo(known);
    }

    @Test
    void a_delete_without_a_widget_is_encoded_as_the_partial_widget_it_knows() {
        byte[] encoded = codec.encodeDeleted(new Deleted(location, WidgetId.of("w1")));

        assertThat(new String(encoded, UTF_8)).isEqualTo("{\"_id\":\"w1\",\"locationId\":\"loc123\",\"deleted\":true}");
    }

    @Test
    void error_bodies_decode_with_message_as_string_or_list() {
        ErrorBody unauthorized = codec.decodeError(("{\"statusCode\":401,\"message\":\"Invalid token: access token is"
                + " invalid\",\"error\":\"Unauthorized\"}").getBytes(UTF_8)).get();
        ErrorBody invalid = codec.decodeError(("{\"statusCode\":422,\"message\":[\"name must be a string\",\"version"
                + " must be a number\"],\"error\":\"Unprocessable Entity\",\"traceId\":\"t-1\",\"more\":1}")
                .getBytes(UTF_8)).get();

        assertThat(unauthorized).isEqualTo(new ErrorBody(401, List.of("Invalid token: access token is invalid"),
                Optional.of("Unauthorized"), Optional.empty()));
        assertThat(invalid).isEqualTo(new ErrorBody(422, List.of("name must be a string", "version must be a number"),
                Optional.of("Unprocessable Entity"), Optional.of("t-1")));
    }

    @Test
    void bodies_that_are_not_json_objects_are_no_error_body() {
        for (String body : new String[] {"", "<html>502 Bad Gateway</html>", "{\"statusCode\":4", "[]", "null"}) {
            assertThat(codec.decodeError(body.getBytes(UTF_8))).as(body).isEmpty();
        }
        assertThat(codec.decodeError(null)).isEmpty();
    }

    @Test
    void error_bodies_are_encoded_like_the_service_does() {
        Invalid invalid = new Invalid(422, List.of(Violation.of("name", "must not be blank"),
                Violation.unattributed("something else")), Optional.of("trace"));

        assertThat(new String(codec.encodeError(invalid), UTF_8)).isEqualTo("{\"statusCode\":422,\"message\":"
                + "[\"name must not be blank\",\"something else\"],\"error\":\"Unprocessable Entity\",\"traceId\":\"trace\"}");
        assertThat(new String(codec.encodeError(NotFound.of("no widget w1")), UTF_8))
                .isEqualTo("{\"statusCode\":404,\"message\":\"no widget w1\",\"error\":\"Not Found\"}");
        assertThat(new String(codec.encodeError(new UnexpectedResponse(418, "teapot", "", Optional.empty())), UTF_8))
                .isEqualTo("{\"statusCode\":418,\"message\":\"teapot\",\"error\":\"Error\"}");
    }
}
