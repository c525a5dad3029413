package dev.chatwidget.core.domain.settings;

import static dev.chatwidget.core.domain.settings.SettingsFixture.FULL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.TestJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nested parts of settings: typed where documented, skipping what does not fit, keeping it in the JSON. */
class NestedSettingsTest {

    private final AdvanceSettings advance = FULL.advanceSettings().orElseThrow();

    @Test
    void all_in_one_chat_types_keep_unknown_values_and_skip_non_strings() {
        assertThat(advance.allInOneChatTypes()).containsExactly(ChatTypeFilter.only(ChatType.LIVE_CHAT),
                ChatTypeFilter.WEB_CHAT, ChatTypeFilter.only(ChatType.of("futureChat")));
        assertThat(advance.json().array("allInOneChatTypes").orElseThrow().size()).isEqualTo(4);
    }

    @Test
    void all_in_one_chat_types_skip_blank_entries_but_keep_them_in_the_json() {
        AdvanceSettings withBlank = new AdvanceSettings(JsonObject.EMPTY.with("allInOneChatTypes",
                JsonArray.of(new JsonString(""), new JsonString("waChat"), new JsonString(" "))));

        assertThat(withBlank.allInOneChatTypes()).containsExactly(ChatTypeFilter.only(ChatType.WA_CHAT));
        assertThat(withBlank.json().array("allInOneChatTypes").orElseThrow().size()).isEqualTo(3);
    }

    @Test
    void with_all_in_one_chat_types_writes_wire_values() {
        AdvanceSettings written = new AdvanceSettings(JsonObject.EMPTY).withAllInOneChatTypes(
                List.of(ChatTypeFilter.WEB_CHAT, ChatTypeFilter.only(ChatType.LIVE_CHAT)));

        assertThat(written.json().toJson()).isEqualTo("{\"allInOneChatTypes\":[\"webChat\",\"liveChat\"]}");
    }

    @Test
    void business_office_hours_read_hours_and_skip_what_does_not_fit() {
        BusinessOfficeHours hours = advance.businessOfficeHours().orElseThrow();

        assertThat(hours.enableBusinessHours()).contains(true);
        assertThat(hours.timezone()).contains("Europe/Paris");
        assertThat(hours.openHours()).hasSize(1);
        OpenHours open = hours.openHours().get(0);
        assertThat(open.daysOfTheWeek()).containsExactly(1, 2, 3);
        assertThat(open.hours()).containsExactly(TestJson.parse("{\"openHour\":9}"));
        assertThat(open.json().string("x-open")).contains("kept");
    }

    @Test
    void contact_form_options_read_each_documented_field() {
        assertThat(advance.contactFormOptions()).singleElement().satisfies(option -> {
            assertThat(option.label()).contains("Email");
            assertThat(option.value()).contains("email");
            assertThat(option.dataType()).contains("EMAIL");
            assertThat(option.fieldKey()).contains("contact.email");
            assertThat(option.required()).contains(true);
        });
    }

    @Test
    void advance_settings_expose_redirect_pages_and_agent() {
        assertThat(advance.redirect().flatMap(r -> r.string("url"))).contains("https://example.test");
        assertThat(advance.fbPage().flatMap(p -> p.string("id"))).contains("fb");
        assertThat(advance.instagramPage().flatMap(p -> p.string("id"))).contains("ig");
        assertThat(advance.voiceAiAgent().flatMap(VoiceAiAgent::name)).contains("Ava");
        assertThat(advance.withVoiceAiAgent(VoiceAiAgent.withId("ag-9")).voiceAiAgent().flatMap(VoiceAiAgent::id))
                .contains("ag-9");
        assertThat(new AdvanceSettings(JsonObject.EMPTY).contactFormOptions()).isEmpty();
        assertThat(new AdvanceSettings(JsonObject.EMPTY).allInOneChatTypes()).isEmpty();
    }

    @Test
    void dimensions_read_and_write_position_and_sizes() {
        Dimensions dimensions = FULL.dimensions().orElseThrow();

        assertThat(dimensions.width()).contains(new BigDecimal("320"));
        Dimensions resized = dimensions.withSize(100, 200).withPosition(Position.BOTTOM_RIGHT);
        assertThat(resized.width()).contains(BigDecimal.valueOf(100));
        assertThat(resized.height()).contains(BigDecimal.valueOf(200));
        assertThat(resized.position()).contains(Position.BOTTOM_RIGHT);
        assertThat(resized.json().object("sizes").orElseThrow().has("x-size")).isTrue();
        assertThat(new Dimensions(JsonObject.EMPTY).withSize(1, 2).json().toJson())
                .isEqualTo("{\"sizes\":{\"width\":1,\"height\":2}}");
    }

    @Test
    void theme_and_acknowledgement_read_their_fields() {
        Theme theme = FULL.theme().orElseThrow();

        assertThat(theme.colors().flatMap(c -> c.string("primary"))).contains("#000");
        assertThat(theme.typography().flatMap(t -> t.json().string("font"))).contains("Inter");
        assertThat(theme.withName(ThemeName.BLUE).json().members().keySet()).containsExactlyElementsOf(theme.json().members().keySet());
        assertThat(FULL.acknowledgementDetails().flatMap(AcknowledgementDetails::enabled)).contains(true);
    }
}
