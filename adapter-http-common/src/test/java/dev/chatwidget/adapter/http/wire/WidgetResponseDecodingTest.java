package dev.chatwidget.adapter.http.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.UnexpectedResponse;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetResponseDecodingTest {

    static final String WIDGET = """
            {
              "_id": "aBcDeFgHiJkLmNoPqRsT",
              "version": 3,
              "chatType": "liveChat",
              "name": "Support",
              "locationId": "loc123",
              "deleted": false,
              "default": true,
              "settings": {
                "heading": "Hi",
                "widgetPrimaryColor": "#188bf6",
                "theme": {"name": "modern", "colors": {"primary": "#fff"}, "futureKnob": {"deep": [1, 2.50, null]}},
                "ratio": 1.50,
                "huge": 123456789012345678901234567890,
                "chatIcon": null,
                "unknownTopLevel": {"x": true}
              },
              "creationSource": "app",
              "updatedBy": "user1",
              "originId": "zZzZzZzZzZzZzZzZzZzZ",
              "createdAt": "2024-03-01T10:15:30.123Z",
              "updatedAt": "2024-03-02T10:15:30Z",
              "someFieldFromTheFuture": {"a": 1}
            }
            """;

    final WireCodec codec = WireCodec.instance();

    @Test
    void a_documented_widget_decodes_to_the_domain_value() {
        ChatWidget widget = codec.decodeWidget(WIDGET.getBytes(UTF_8)).get();

        assertThat(widget.id()).isEqualTo(WidgetId.of("aBcDeFgHiJkLmNoPqRsT"));
        assertThat(widget.locationId()).isEqualTo(LocationId.of("loc123"));
        assertThat(widget.version()).isEqualTo(3);
        assertThat(widget.chatType()).isEqualTo(ChatType.LIVE_CHAT);
        assertThat(widget.name()).isEqualTo("Support");
        assertThat(widget.deleted()).isFalse();
        assertThat(widget.isDefault()).isTrue();
        assertThat(widget.creationSource()).contains("app");
        assertThat(widget.updatedBy()).contains("user1");
        assertThat(widget.originId()).contains(WidgetId.of("zZzZzZzZzZzZzZzZzZzZ"));
        assertThat(widget.createdAt()).isEqualTo(Instant.parse("2024-03-01T10:15:30.123Z"));
        assertThat(widget.updatedAt()).isEqualTo(Instant.parse("2024-03-02T10:15:30Z"));
        assertThat(widget.settings().heading()).contains("Hi");
        assertThat(widget.settings().theme().flatMap(t -> t.json().string("name"))).contains("modern");
    }

    @Test
    void settings_numbers_keep_their_exact_decimal_form() {
        ChatWidget widget = codec.decodeWidget(WIDGET.getBytes(UTF_8)).get();

        assertThat(widget.settings().get("ratio")).contains(new JsonNumber(new BigDecimal("1.50")));
        assertThat(widget.settings().get("huge"))
                .contains(new JsonNumber(new BigDecimal("123456789012345678901234567890")));
    }

    @Test
    void settings_survive_a_decode_encode_decode_round_trip_untouched_unknown_keys_included() {
        ChatWidget widget = codec.decodeWidget(WIDGET.getBytes(UTF_8)).get();

        byte[] encoded = codec.encodeWidget(widget);
        ChatWidget again = codec.decodeWidget(encoded).get();

        assertThat(again).isEqualTo(widget);
        String json = new String(encoded, UTF_8);
        assertThat(json).contains("\"futureKnob\":{\"deep\":[1,2.50,null]}")
                .contains("\"ratio\":1.50")
                .contains("\"huge\":123456789012345678901234567890")
                .contains("\"chatIcon\":null")
                .contains("\"unknownTopLevel\":{\"x\":true}");
    }

    @Test
    void settings_keys_keep_their_order() {
        ChatWidget widget = codec.decodeWidget(WIDGET.getBytes(UTF_8)).get();

        assertThat(widget.settings().json().members().keySet())
                .containsExactly("heading", "widgetPrimaryColor", "theme", "ratio", "huge", "chatIcon",
                        "unknownTopLevel");
    }

    @Test
    void an_unknown_chat_type_is_kept_as_read() {
        ChatWidget widget = codec.decodeWidget(WIDGET.replace("liveChat", "holoChat").getBytes(UTF_8)).get();

        assertThat(widget.chatType().wireValue()).isEqualTo("holoChat");
        assertThat(widget.chatType().isKnown()).isFalse();
    }

    @Test
    void encoding_a_widget_writes_every_documented_field_by_its_wire_name() {
        ChatWidget widget = codec.decodeWidget(WIDGET.getBytes(UTF_8)).get();

        String json = new String(codec.encodeWidget(widget), UTF_8);

        assertThat(json).startsWith("{\"_id\":\"aBcDeFgHiJkLmNoPqRsT\",\"version\":3,\"chatType\":\"liveChat\","
                + "\"name\":\"Support\",\"locationId\":\"loc123\",\"deleted\":false,\"default\":true,\"settings\":{");
        assertThat(json).endsWith("\"creationSource\":\"app\",\"updatedBy\":\"user1\","
                + "\"originId\":\"zZzZzZzZzZzZzZzZzZzZ\",\"createdAt\":\"2024-03-01T10:15:30.123Z\","
                + "\"updatedAt\":\"2024-03-02T10:15:30Z\"}");
    }

    @Test
    void absent_optional_fields_are_omitted_when_encoding() {
        ChatWidget widget = new ChatWidget(WidgetId.of("aBcDeFgHiJkLmNoPqRsT"), LocationId.of("loc"), 2,
                ChatType.EMAIL_CHAT, "n", false, false, null, Optional.empty(), Optional.empty(), Optional.empty(),
                Instant.EPOCH, Instant.EPOCH);

        String json = new String(codec.encodeWidget(widget), UTF_8);

        assertThat(json).doesNotContain("creationSource", "updatedBy", "originId", "null");
        assertThat(codec.decodeWidget(json.getBytes(UTF_8)).get()).isEqualTo(widget);
    }

    /** A widget with only the required fields and these timestamps, decoded. */
    ChatWidget minimal(String createdAt, String updatedAt) {
        String json = """
                {"_id":"a1","chatType":"emailChat","name":"n","locationId":"l","createdAt":"%s","updatedAt":"%s"}"""
                .formatted(createdAt, updatedAt);
        return codec.decodeWidget(json.getBytes(UTF_8)).get();
    }

    @Test
    void a_minimal_widget_decodes_with_lenient_defaults() {
        ChatWidget widget = minimal("2024-01-01T00:00:00Z", "2024-01-01T00:00:00+02:00");

        assertThat(widget.deleted()).isFalse();
        assertThat(widget.isDefault()).isFalse();
        assertThat(widget.settings().json()).isEqualTo(JsonObject.EMPTY);
        assertThat(widget.updatedAt()).isEqualTo(Instant.parse("2023-12-31T22:00:00Z"));
    }

    @Test
    void timestamps_in_epoch_milliseconds_or_to_the_minute_are_read_too() {
        ChatWidget widget = minimal("1709294400000", "2024-03-01T12:00+01:00");

        assertThat(widget.createdAt()).isEqualTo(Instant.ofEpochMilli(1_709_294_400_000L));
        assertThat(widget.updatedAt()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
    }

    @Test
    void a_timestamp_in_no_known_form_is_refused_naming_the_form_expected() {
        for (String value : new String[] {"", "yesterday", "12:00", "2024-03-01"}) {
            String json = WIDGET.replace("\"2024-03-01T10:15:30.123Z\"", "\"" + value + "\"");

            assertThat(codec.decodeWidget(json.getBytes(UTF_8)).getLeft().message()).as(value)
                    .contains("not an ISO-8601 timestamp");
        }
    }

    @Test
    void malformed_truncated_html_empty_and_misshapen_bodies_are_unexpected_responses() {
        for (String body : new String[] {"", "null", "{\"_id\":\"a1\",\"name\":", "<html><body>502</body></html>",
                "not json", "[]", "{\"_id\":\"a1\"}", "{\"_id\":\"a/b\",\"chatType\":\"liveChat\",\"name\":\"n\","
                + "\"locationId\":\"l\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-01T00:00:00Z\"}",
                WIDGET.replace("\"2024-03-01T10:15:30.123Z\"", "\"yesterday\""),
                WIDGET.replace("\"settings\": {", "\"settings\": [{").replace("\"unknownTopLevel\": {\"x\": true}\n  },",
                        "\"unknownTopLevel\": {\"x\": true}\n  }],"),
                "{} trailing"}) {
            Either<ChatWidgetError, ChatWidget> result = codec.decodeWidget(body.getBytes(UTF_8));

            assertThat(result.isLeft()).as(body).isTrue();
            assertThat(result.getLeft()).as(body).isInstanceOf(UnexpectedResponse.class);
            assertThat(result.getLeft().status()).isEqualTo(200);
        }
    }

    @Test
    void the_excerpt_of_an_unexpected_response_is_short_and_masks_tokens() {
        String body = "<html>Bearer abc.def.ghi \"access_token\":\"s3cr3t\" " + "x".repeat(1000) + "</html>";

        UnexpectedResponse error = (UnexpectedResponse) codec.decodeWidget(body.getBytes(UTF_8)).getLeft();

        assertThat(error.excerpt()).hasSizeLessThanOrEqualTo(Excerpts.MAX_LENGTH)
                .startsWith("<html>Bearer ****")
                .doesNotContain("abc.def.ghi", "s3cr3t");
        assertThat(error.message()).doesNotContain("abc.def.ghi", "s3cr3t", "html");
    }
}
