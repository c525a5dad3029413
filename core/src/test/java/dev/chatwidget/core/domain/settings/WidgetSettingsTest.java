package dev.chatwidget.core.domain.settings;

import static dev.chatwidget.core.domain.settings.SettingsFixture.FULL;
import static dev.chatwidget.core.domain.settings.SettingsFixture.unknownKeys;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.json.TestJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed access to settings over the JSON the service sent, losing nothing it did not understand. */
class WidgetSettingsTest {

    @Test
    void typed_accessors_read_the_documented_fields() {
        assertThat(FULL.heading()).contains("Hi there");
        assertThat(FULL.subHeading()).contains("We reply fast");
        assertThat(FULL.promptMsg()).contains("Hi?");
        assertThat(FULL.legalMsg()).contains("Terms");
        assertThat(FULL.thankYouMsg()).contains("Thanks");
        assertThat(FULL.showPrompt()).contains(true);
        assertThat(FULL.showConsentCheckbox()).contains(false);
        assertThat(FULL.allowAvatarImage()).contains(true);
        assertThat(FULL.widgetPrimaryColor()).contains("#188bf6");
        assertThat(FULL.chatIcon()).contains(TestJson.parse("{\"url\":\"x.png\",\"size\":3}"));
        assertThat(FULL.theme().flatMap(Theme::name)).contains(ThemeName.of("neon"));
        assertThat(FULL.dimensions().flatMap(Dimensions::height)).contains(new BigDecimal("480.5"));
        assertThat(FULL.acknowledgementDetails().flatMap(AcknowledgementDetails::message)).contains("Got it");
        assertThat(FULL.advanceSettings().flatMap(AdvanceSettings::voiceAiAgent).flatMap(VoiceAiAgent::id))
                .contains("ag-1");
        assertThat(FULL.get("x-top")).isPresent();
        assertThat(FULL.isEmpty()).isFalse();
    }

    @Test
    void unknown_enum_like_values_are_kept_as_read() {
        WidgetSettings edited = FULL.withHeading("changed");

        assertThat(edited.locale()).contains(WidgetLocale.of("pt-BR-2027"));
        assertThat(edited.locale().orElseThrow().isKnown()).isFalse();
        assertThat(edited.promptType()).contains(PromptType.of("futureType"));
        assertThat(edited.widgetPlacement()).contains(WidgetPlacement.of("top-center"));
        assertThat(edited.theme().flatMap(Theme::name)).contains(ThemeName.of("neon"));
        assertThat(edited.dimensions().flatMap(Dimensions::position)).contains(Position.MIDDLE_LEFT);
        assertThat(edited.advanceSettings().orElseThrow().allInOneChatTypes()).contains(
                ChatTypeFilter.only(ChatType.of("futureChat")));
        assertThat(edited.toString()).contains("\"locale\":\"pt-BR-2027\"", "\"promptType\":\"futureType\"");
    }

    @Test
    void chat_icon_may_be_any_json_type() {
        assertThat(FULL.with("chatIcon", new JsonString("bubble")).chatIcon()).contains(new JsonString("bubble"));
        assertThat(FULL.with("chatIcon", JsonNumber.of(3)).chatIcon()).contains(JsonNumber.of(3));
    }

    @Test
    void accessors_are_empty_when_a_field_is_missing_or_of_another_type() {
        WidgetSettings odd = WidgetSettings.of(TestJson.object(
                "{\"heading\":5,\"showPrompt\":\"yes\",\"theme\":\"dark\",\"advanceSettings\":[]}"));

        assertThat(odd.heading()).isEmpty();
        assertThat(odd.showPrompt()).isEmpty();
        assertThat(odd.theme()).isEmpty();
        assertThat(odd.advanceSettings()).isEmpty();
        assertThat(WidgetSettings.EMPTY.locale()).isEmpty();
        assertThat(WidgetSettings.EMPTY.dimensions()).isEmpty();
        assertThat(WidgetSettings.EMPTY.isEmpty()).isTrue();
    }

    static List<Named<UnaryOperator<WidgetSettings>>> edits() {
        return List.of(
                edit("texts", s -> s.withHeading("h").withSubHeading("s").withPromptMsg("p")),
                edit("locale, color, flag", s -> s.withLocale(WidgetLocale.FR_FR).withWidgetPrimaryColor("#fff").withShowPrompt(false)),
                edit("theme", s -> s.withTheme(s.theme().orElseThrow().withName(ThemeName.TEAL)
                        .withColors(s.theme().orElseThrow().colors().orElseThrow().with("primary", new JsonString("#1"))))),
                edit("dimensions", s -> s.withDimensions(s.dimensions().orElseThrow().withPosition(Position.of("left")).withSize(300, 400))),
                edit("acknowledgement", s -> s.withAcknowledgementDetails(new AcknowledgementDetails(
                        s.acknowledgementDetails().orElseThrow().json().with("message", new JsonString("ok"))))),
                edit("advance settings", s -> s.withAdvanceSettings(s.advanceSettings().orElseThrow()
                        .withAllInOneChatTypes(List.of(ChatTypeFilter.WEB_CHAT))
                        .withBusinessOfficeHours(s.advanceSettings().orElseThrow().businessOfficeHours().orElseThrow()))),
                edit("any key", s -> s.with("brandNew", JsonObject.EMPTY).without("legalMsg")),
                edit("merge", s -> s.merge(WidgetSettings.of(TestJson.object("{\"theme\":{\"name\":\"x\"},"
                        + "\"advanceSettings\":{\"voiceAiAgent\":{\"id\":\"ag-2\"}},\"heading\":null}")))));
    }

    private static Named<UnaryOperator<WidgetSettings>> edit(String name, UnaryOperator<WidgetSettings> edit) {
        return Named.of(name, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void edits_keep_unknown_keys_at_any_depth(UnaryOperator<WidgetSettings> edit) {
        Map<String, JsonValue> before = unknownKeys(FULL.json());
        assertThat(before).hasSize(12);

        WidgetSettings edited = edit.apply(FULL);

        assertThat(unknownKeys(edited.json())).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(edited).isNotEqualTo(FULL);
        assertThat(unknownKeys(FULL.json())).isEqualTo(before);
    }

    @Test
    void with_changes_only_the_named_field() {
        WidgetSettings edited = FULL.withHeading("New");

        assertThat(edited.heading()).contains("New");
        assertThat(edited.without("heading")).isEqualTo(FULL.without("heading"));
        assertThat(edited.json().members().keySet()).containsExactlyElementsOf(FULL.json().members().keySet());
    }

    @Test
    void merge_is_an_rfc_7386_merge_patch() {
        WidgetSettings merged = FULL.merge(WidgetSettings.of(TestJson.object(
                "{\"theme\":{\"colors\":{\"primary\":\"#fff\"}},\"chatIcon\":null}")));

        assertThat(merged.chatIcon()).isEmpty();
        assertThat(merged.theme().flatMap(Theme::colors)).contains(TestJson.object(
                "{\"primary\":\"#fff\",\"x-color\":\"#111\"}"));
        assertThat(merged.theme().flatMap(Theme::typography)).isEqualTo(FULL.theme().flatMap(Theme::typography));
    }

    @Test
    void a_blank_open_value_reads_as_not_set() {
        WidgetSettings blanks = WidgetSettings.of((JsonObject) TestJson.parse(
                "{\"locale\":\" \",\"promptType\":\"\",\"chatType\":\"  \",\"widgetPlacement\":\"\"}"));

        assertThat(blanks.locale()).isEmpty();
        assertThat(blanks.promptType()).isEmpty();
        assertThat(blanks.chatType()).isEmpty();
        assertThat(blanks.widgetPlacement()).isEmpty();
    }
}
