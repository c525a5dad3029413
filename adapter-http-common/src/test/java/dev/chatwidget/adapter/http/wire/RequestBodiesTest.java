package dev.chatwidget.adapter.http.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    final WireCodec codec = WireCodec.instance();
    final LocationId location = LocationId.of("loc123");

    static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }

    @Test
    void a_create_body_names_the_required_fields_and_only_the_optional_ones_given() {
        NewWidget widget = NewWidget.of(location, ChatType.LIVE_CHAT, "Support");

        assertThat(text(codec.encodeCreate(widget)))
                .isEqualTo("{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"Support\",\"locationId\":\"loc123\"}");
    }

    @Test
    void a_full_create_body_matches_the_documented_shape_and_decodes_back() {
        NewWidget widget = NewWidget.of(location, ChatType.EMAIL_CHAT, "Mail").withVersion(2).withDefault(true)
                .withDeleted(false).withSettings(WidgetSettings.EMPTY.withHeading("Hi"));

        byte[] body = codec.encodeCreate(widget);

        assertThat(text(body)).isEqualTo("{\"version\":2,\"chatType\":\"emailChat\",\"name\":\"Mail\","
                + "\"locationId\":\"loc123\",\"deleted\":false,\"default\":true,\"settings\":{\"heading\":\"Hi\"}}");
        assertThat(codec.decodeCreate(body).get()).isEqualTo(widget);
    }

    @Test
    void an_empty_update_is_an_empty_object_not_a_list_of_nulls() {
        assertThat(text(codec.encodeUpdate(WidgetUpdate.none()))).isEqualTo("{}");
        assertThat(codec.decodeUpdate("{}".getBytes(UTF_8)).get()).isEqualTo(WidgetUpdate.none());
    }

    @Test
    void a_replace_body_names_exactly_the_fields_set() {
        WidgetUpdate update = WidgetUpdate.none().withName("New").withDefault(false);

        byte[] body = codec.encodeUpdate(update);

        assertThat(text(body)).isEqualTo("{\"name\":\"New\",\"default\":false}");
        assertThat(codec.decodeUpdate(body).get()).isEqualTo(update);
    }

    @Test
    void a_patch_body_keeps_json_nulls_inside_settings_because_they_remove_keys() {
        JsonObject patch = JsonObject.builder().put("heading", JsonNull.INSTANCE)
                .put("theme", JsonObject.builder().put("name", "dark").put("colors", JsonNull.INSTANCE).build())
                .build();
        WidgetUpdate update = WidgetUpdate.none().withVersion(3).withChatType(ChatType.LIVE_CHAT)
                .withSettings(WidgetSettings.of(patch));

        byte[] body = codec.encodeUpdate(update);

        assertThat(text(body)).isEqualTo("{\"version\":3,\"chatType\":\"liveChat\","
                + "\"settings\":{\"heading\":null,\"theme\":{\"name\":\"dark\",\"colors\":null}}}");
        assertThat(codec.decodeUpdate(body).get()).isEqualTo(update);
    }

    @Test
    void a_clone_body_matches_the_documented_shape() {
        CloneRequest request = CloneRequest.of(location, WidgetId.of("aBcDeFgHiJkLmNoPqRsT"));

        assertThat(text(codec.encodeClone(request)))
                .isEqualTo("{\"locationId\":\"loc123\",\"chatWidgetId\":\"aBcDeFgHiJkLmNoPqRsT\"}");
        assertThat(text(codec.encodeClone(request.withName("Copy"))))
                .isEqualTo("{\"locationId\":\"loc123\",\"chatWidgetId\":\"aBcDeFgHiJkLmNoPqRsT\",\"name\":\"Copy\"}");
        assertThat(codec.decodeClone(codec.encodeClone(request.withName("Copy"))).get())
                .isEqualTo(request.withName("Copy"));
    }

    @Test
    void a_create_body_missing_fields_decodes_so_the_core_rules_can_name_them() {
        NewWidget widget = codec.decodeCreate("{\"extra\":1}".getBytes(UTF_8)).get();

        assertThat(widget.locationId()).isNull();
        assertThat(widget.chatType()).isNull();
        assertThat(widget.name()).isNull();
        assertThat(widget.version()).isZero();
    }

    @Test
    void a_request_body_that_is_not_a_json_object_is_a_bad_request() {
        for (String body : new String[] {"", "nope", "[1]", "null", "{\"name\":", "\"text\""}) {
            Invalid invalid = codec.decodeCreate(body.getBytes(UTF_8)).getLeft();

            assertThat(invalid.status()).as(body).isEqualTo(400);
        }
    }

    @Test
    void a_value_of_the_wrong_type_is_unprocessable_and_names_the_field() {
        Invalid invalid = codec.decodeUpdate("{\"version\":\"three\"}".getBytes(UTF_8)).getLeft();

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.concerns("version")).isTrue();
    }

    @Test
    void request_numbers_and_flags_are_not_coerced_from_strings_or_fractions() {
        for (String body : new String[] {"{\"version\":\"3\"}", "{\"version\":2.5}", "{\"default\":\"true\"}",
                "{\"name\":42}"}) {
            Invalid invalid = codec.decodeUpdate(body.getBytes(UTF_8)).getLeft();
            assertThat(invalid.status()).as(body).isEqualTo(422);
        }
        assertThat(codec.decodeUpdate("{\"version\":3}".getBytes(UTF_8)).get().version()).contains(3);
    }

    @Test
    void settings_that_are_not_an_object_are_unprocessable() {
        Invalid invalid = codec.decodeUpdate("{\"settings\":[1]}".getBytes(UTF_8)).getLeft();

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.violations()).containsExactly(Violation.of("settings", "must be a JSON object"));
    }

    @Test
    void an_id_the_domain_refuses_is_unprocessable_and_names_the_wire_field() {
        Invalid invalid = codec.decodeClone("{\"locationId\":\"l\",\"chatWidgetId\":\"a/b\"}".getBytes(UTF_8))
                .getLeft();

        String refusal = catchThrowable(() -> WidgetId.of("a/b")).getMessage();
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.violations())
                .containsExactly(Violation.of("chatWidgetId", refusal.substring(refusal.indexOf(' ') + 1)));
    }

    @Test
    void a_refusal_that_does_not_start_with_a_field_name_is_unattributed() {
        for (String message : new String[] {"refused", " refused", ""}) {
            Invalid invalid = RequestDecoding.decode("{}".getBytes(UTF_8), WireJson.CLONE, (CloneBodyDto dto) -> {
                throw new IllegalArgumentException(message);
            }).getLeft();

            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.violations()).as(message).containsExactly(Violation.unattributed(message));
        }
    }

    @Test
    void a_clone_body_without_its_required_fields_is_unprocessable() {
        assertThat(codec.decodeClone("{\"chatWidgetId\":\"a\"}".getBytes(UTF_8)).getLeft().violations())
                .containsExactly(Violation.of("locationId", "is required"));
        assertThat(codec.decodeClone("{\"locationId\":\"l\"}".getBytes(UTF_8)).getLeft().violations())
                .containsExactly(Violation.of("chatWidgetId", "is required"));
    }

    @Test
    void a_null_settings_in_an_update_reads_as_not_named() {
        assertThat(codec.decodeUpdate("{\"settings\":null}".getBytes(UTF_8)).get().settings())
                .isEqualTo(Optional.empty());
    }
}
