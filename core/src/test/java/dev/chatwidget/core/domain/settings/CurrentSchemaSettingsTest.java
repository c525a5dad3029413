package dev.chatwidget.core.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.TestJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields and enum values of the 2026-08-25 settings schema, read through the typed views. */
class CurrentSchemaSettingsTest {

    private static final WidgetSettings CURRENT = WidgetSettings.of(TestJson.object("""
            {"locale":"en-us","promptType":"avatar","widgetPlacement":"sticky","chatType":"emailChat",
             "loadStrategy":"onIdle","icon":7,"liveChatIcon":{"url":"i.png"},
             "theme":{"name":"teal","value":"#0ff","typography":{"fontFamily":"Inter","colors":{"text":"#222"}}},
             "dimensions":{"position":"bottom-left"},
             "advanceSettings":{"allowVoiceNotes":true,"allowAttachments":false,"voiceAiDisplayMode":"inline",
               "voiceAiAnimation":"wave","voiceAiAnimationColor":"#f00","voiceAiAnimationSize":48,
               "addSupportingText":true,"supportingText":"Talk to us",
               "contactFormOptions":[{"label":"Size","value":"size","dataType":"SINGLE_OPTIONS","placeholder":"Pick",
                 "fieldKey":"contact.size","required":true,"id":"f1","disabled":false,"picklistOptions":["S","M"]}]}}
            """));

    @Test
    void documented_enum_values_read_as_known_constants() {
        assertThat(CURRENT.locale()).contains(WidgetLocale.EN_US);
        assertThat(CURRENT.promptType()).contains(PromptType.AVATAR);
        assertThat(CURRENT.widgetPlacement()).contains(WidgetPlacement.STICKY);
        assertThat(CURRENT.chatType()).contains(ChatType.EMAIL_CHAT);
        assertThat(CURRENT.theme().flatMap(Theme::name)).contains(ThemeName.TEAL);
        assertThat(CURRENT.dimensions().flatMap(Dimensions::position)).contains(Position.BOTTOM_LEFT);
        assertThat(List.of(WidgetLocale.EN_US, PromptType.AVATAR, WidgetPlacement.STICKY, ThemeName.TEAL,
                Position.BOTTOM_LEFT)).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(WidgetLocale.of("en-us").isKnown()).isTrue();
        assertThat(WidgetLocale.of("en_US").isKnown()).as("the seed's old spelling is not a current value").isFalse();
        assertThat(ThemeName.of("classic").isKnown()).isFalse();
        assertThat(PromptType.of("bubble").isKnown()).isFalse();
        assertThat(WidgetPlacement.of("bottom-right").isKnown()).isFalse();
        assertThat(WidgetLocale.KNOWN).hasSize(18);
        assertThat(ThemeName.KNOWN).hasSize(8);
        assertThat(Position.KNOWN).hasSize(6);
    }

    @Test
    void the_fields_added_on_2026_08_25_are_typed() {
        assertThat(CURRENT.loadStrategy()).contains("onIdle");
        assertThat(CURRENT.icon()).contains(JsonNumber.of(7));
        assertThat(CURRENT.liveChatIcon()).contains(TestJson.parse("{\"url\":\"i.png\"}"));
        Theme theme = CURRENT.theme().orElseThrow();
        assertThat(theme.value()).contains(new JsonString("#0ff"));
        assertThat(theme.typography().flatMap(Typography::fontFamily)).contains("Inter");
        assertThat(theme.typography().flatMap(Typography::colors).flatMap(c -> c.string("text"))).contains("#222");
        AdvanceSettings advance = CURRENT.advanceSettings().orElseThrow();
        assertThat(List.of(advance.allowVoiceNotes(), advance.allowAttachments(), advance.addSupportingText()))
                .containsExactly(java.util.Optional.of(true), java.util.Optional.of(false), java.util.Optional.of(true));
        assertThat(List.of(advance.voiceAiDisplayMode(), advance.voiceAiAnimation(), advance.voiceAiAnimationColor(),
                advance.supportingText())).extracting(java.util.Optional::orElseThrow)
                .containsExactly("inline", "wave", "#f00", "Talk to us");
        assertThat(advance.voiceAiAnimationSize()).contains(JsonNumber.of(48));
        ContactFormOption field = advance.contactFormOptions().get(0);
        assertThat(field.placeholder()).contains("Pick");
        assertThat(field.id()).contains("f1");
        assertThat(field.disabled()).contains(false);
        assertThat(field.picklistOptions()).containsExactly(new JsonString("S"), new JsonString("M"));
    }

    @Test
    void typed_writes_keep_every_other_key() {
        WidgetSettings edited = CURRENT.withLocale(WidgetLocale.FR_CA).withPromptType(PromptType.NORMAL)
                .withWidgetPlacement(WidgetPlacement.EMBEDDED)
                .withTheme(CURRENT.theme().orElseThrow().withName(ThemeName.of("aurora"))
                        .withTypography(CURRENT.theme().orElseThrow().typography().orElseThrow().withFontFamily("Lato")));

        assertThat(edited.locale()).contains(WidgetLocale.FR_CA);
        assertThat(edited.promptType()).contains(PromptType.NORMAL);
        assertThat(edited.widgetPlacement()).contains(WidgetPlacement.EMBEDDED);
        assertThat(edited.theme().flatMap(Theme::name)).contains(ThemeName.of("aurora"));
        assertThat(edited.theme().flatMap(Theme::typography).flatMap(Typography::colors)).isPresent();
        assertThat(edited.theme().flatMap(Theme::value)).contains(new JsonString("#0ff"));
        assertThat(edited.json().members().keySet()).containsExactlyElementsOf(CURRENT.json().members().keySet());
    }
}
