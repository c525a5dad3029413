package dev.chatwidget.testkit.contract;

import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.AdvanceSettings;
import dev.chatwidget.core.domain.settings.Dimensions;
import dev.chatwidget.core.domain.settings.Position;
import dev.chatwidget.core.domain.settings.PromptType;
import dev.chatwidget.core.domain.settings.Theme;
import dev.chatwidget.core.domain.settings.ThemeName;
import dev.chatwidget.core.domain.settings.Typography;
import dev.chatwidget.core.domain.settings.WidgetLocale;
import dev.chatwidget.core.domain.settings.WidgetPlacement;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.math.BigDecimal;
import java.util.List;

/** Settings the contract writes: documented fields mixed with keys and values no release of this library knows. */
public final class ContractSettings {

    private ContractSettings() {
    }

    /**
     * Documented fields, enum-like values from a future schema, unknown keys at every depth (top level, inside
     * theme, inside advanceSettings, inside an array element) and every JSON type.
     */
    public static WidgetSettings rich() {
        JsonObject theme = JsonObject.builder()
                .put("name", "aurora-2030")
                .put("colors", JsonObject.builder().put("primary", "#123456").put("futureShade", "#abcdef").build())
                .put("typography", JsonObject.builder().put("fontFamily", "Inter").put("kerningV9", 3).build())
                .build();
        JsonObject openHours = JsonObject.builder()
                .put("daysOfTheWeek", JsonArray.of(JsonNumber.of(1), JsonNumber.of(5)))
                .put("hours", JsonArray.of(JsonObject.builder().put("openHour", 9).put("closeHour", 17)
                        .put("breakPolicyV2", "flex").build()))
                .build();
        JsonObject advance = JsonObject.builder()
                .put("businessOfficeHours", JsonObject.builder().put("enableBusinessHours", true)
                        .put("openHours", JsonArray.of(openHours)).put("timezone", "Europe/Paris").build())
                .put("contactFormOptions", JsonArray.of(JsonObject.builder().put("label", "Email").put("value", "email")
                        .put("dataType", "EMAIL").put("required", true).put("maskPattern", "*@*").build()))
                .put("holographicMode", JsonObject.builder().put("enabled", false).put("depth", 7).build())
                .build();
        return WidgetSettings.of(JsonObject.builder()
                .put("heading", "Hello")
                .put("subHeading", "We answer fast")
                .put("showPrompt", true)
                .put("locale", "tlh-KLINGON")
                .put("promptType", "hologram")
                .put("widgetPlacement", "floating-top-center")
                .put("widgetPrimaryColor", "#ff8800")
                .put("chatIcon", JsonObject.builder().put("kind", "svg").put("paths", JsonArray.of(new JsonString("M0 0"))).build())
                .put("theme", theme)
                .put("dimensions", JsonObject.builder().put("position", "orbit-left")
                        .put("sizes", JsonObject.builder().put("width", 380).put("height", 640).build()).build())
                .put("advanceSettings", advance)
                .put("ratio", new JsonNumber(new BigDecimal("0.75")))
                .put("futureTopLevelFlag", JsonBoolean.TRUE)
                .put("futureList", JsonArray.of(new JsonString("a"), JsonNumber.of(2), JsonBoolean.FALSE))
                .build());
    }

    /** The 2026-08-25 schema: documented enum values and the fields added that day, each set through its view. */
    public static WidgetSettings current() {
        JsonObject field = JsonObject.builder().put("label", "Plan").put("value", "plan").put("dataType", "SINGLE_OPTIONS")
                .put("placeholder", "Pick one").put("fieldKey", "contact.plan").put("required", false).put("id", "f-1")
                .put("disabled", false).put("picklistOptions", JsonArray.of(new JsonString("Basic"), new JsonString("Pro")))
                .build();
        JsonObject hours = JsonObject.builder().put("daysOfTheWeek", JsonArray.of(JsonNumber.of(1), JsonNumber.of(2)))
                .put("hours", JsonArray.of(JsonObject.builder().put("openHour", 8).put("closeHour", 18).build())).build();
        JsonObject advance = JsonObject.builder().put("contactFormOptions", JsonArray.of(field))
                .put("businessOfficeHours", JsonObject.builder().put("openHours", JsonArray.of(hours)).build())
                .put("allowVoiceNotes", false).put("allowAttachments", true).put("voiceAiDisplayMode", "floating")
                .put("addSupportingText", true).put("supportingText", "We answer in minutes").build();
        Theme theme = new Theme(JsonObject.EMPTY).withName(ThemeName.LAVENDER)
                .withTypography(new Typography(JsonObject.EMPTY).withFontFamily("Lato"));
        return WidgetSettings.EMPTY.withLocale(WidgetLocale.PT_BR).withPromptType(PromptType.NORMAL)
                .withWidgetPlacement(WidgetPlacement.EMBEDDED).with("chatType", new JsonString("emailChat"))
                .with("loadStrategy", new JsonString("lazy")).withTheme(theme)
                .withDimensions(new Dimensions(JsonObject.EMPTY).withPosition(Position.MIDDLE_RIGHT))
                .withAdvanceSettings(new AdvanceSettings(advance));
    }

    /** Plain settings with a heading. */
    public static WidgetSettings heading(String heading) {
        return WidgetSettings.EMPTY.withHeading(heading);
    }

    /** Settings whose {@code advanceSettings.voiceAiAgent.id} is {@code agentId}. */
    public static WidgetSettings voiceAgent(String agentId) {
        return WidgetSettings.of(object("advanceSettings",
                object("voiceAiAgent", JsonObject.builder().put("id", agentId).put("name", "Agent " + agentId).build())));
    }

    /** Settings whose {@code advanceSettings.allInOneChatTypes} lists {@code types} (wire values). */
    public static WidgetSettings allInOne(String... types) {
        List<JsonValue> values = java.util.Arrays.stream(types).<JsonValue>map(JsonString::new).toList();
        return WidgetSettings.of(object("advanceSettings", object("allInOneChatTypes", new JsonArray(values))));
    }

    /** A one-key object, for building nested JSON briefly. */
    public static JsonObject object(String key, JsonValue value) {
        return JsonObject.builder().put(key, value).build();
    }

    /** The value at a path of object keys, or null when the path is absent. */
    public static JsonValue at(WidgetSettings settings, String... path) {
        JsonValue current = settings.json();
        for (String key : path) {
            if (!(current instanceof JsonObject object) || !object.has(key)) {
                return null;
            }
            current = object.get(key).orElseThrow();
        }
        return current;
    }
}
