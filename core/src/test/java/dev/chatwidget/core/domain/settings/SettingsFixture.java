package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.json.TestJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings as the service might send them after a schema change: every documented field, enum-like values this
 * library has never seen, and unknown keys (all named {@code x-...}) at every depth.
 */
public final class SettingsFixture {

    public static final WidgetSettings FULL = WidgetSettings.of(TestJson.object("""
            {"heading":"Hi there","subHeading":"We reply fast","promptMsg":"Hi?","legalMsg":"Terms",
             "thankYouMsg":"Thanks","showPrompt":true,"showConsentCheckbox":false,"allowAvatarImage":true,
             "locale":"pt-BR-2027","promptType":"futureType","widgetPrimaryColor":"#188bf6",
             "widgetPlacement":"top-center","chatIcon":{"url":"x.png","size":3},
             "theme":{"name":"neon","colors":{"primary":"#000","x-color":"#111"},"typography":{"font":"Inter"},
                      "x-theme":[1,{"deep":true}]},
             "dimensions":{"position":"middle-left","sizes":{"width":320,"height":480.5,"x-size":1},"x-dim":"k"},
             "acknowledgementDetails":{"message":"Got it","enabled":true,"x-ack":null},
             "advanceSettings":{
               "redirect":{"url":"https://example.test","x-redirect":1},
               "businessOfficeHours":{"enableBusinessHours":true,"timezone":"Europe/Paris",
                 "openHours":[{"daysOfTheWeek":[1,2,"x",3],"hours":[{"openHour":9}],"x-open":"kept"},"odd"],
                 "x-hours":2},
               "contactFormOptions":[{"label":"Email","value":"email","dataType":"EMAIL","fieldKey":"contact.email",
                                      "required":true,"x-option":[]},5],
               "allInOneChatTypes":["liveChat","webChat","futureChat",7],
               "voiceAiAgent":{"id":"ag-1","name":"Ava","x-agent":{}},
               "fbPage":{"id":"fb"},"instagramPage":{"id":"ig"},
               "x-advance":{"nested":{"deeper":["keep"]}}},
             "x-top":{"a":[null,{"b":1}]}}"""));

    private SettingsFixture() {
    }

    /** Every {@code x-...} key in {@code json}, by its path, with its value. */
    public static Map<String, JsonValue> unknownKeys(JsonValue json) {
        Map<String, JsonValue> found = new LinkedHashMap<>();
        collect("", json, found);
        return found;
    }

    private static void collect(String path, JsonValue json, Map<String, JsonValue> found) {
        if (json instanceof JsonObject object) {
            object.members().forEach((key, value) -> {
                if (key.startsWith("x-")) {
                    found.put(path + "/" + key, value);
                }
                collect(path + "/" + key, value, found);
            });
        } else if (json instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(path + "/" + i, array.get(i), found);
            }
        }
    }
}
