package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code settings.advanceSettings}: redirect, business office hours, contact form options, the chat types an
 * all-in-one widget bundles, the voice AI agent and the linked Facebook and Instagram pages.
 */
public record AdvanceSettings(JsonObject json) {

    public AdvanceSettings {
        Objects.requireNonNull(json, "json");
    }

    /**
     * The types an allInOneChat widget bundles; unknown values are kept. Entries that cannot be a chat type (not a
     * string, or blank) are skipped here, so reading never fails, but stay in {@link #json()}.
     */
    public List<ChatTypeFilter> allInOneChatTypes() {
        return json.array("allInOneChatTypes").map(AdvanceSettings::strings).orElse(List.of()).stream()
                .filter(s -> !s.isBlank()).map(ChatTypeFilter::of).toList();
    }

    public Optional<BusinessOfficeHours> businessOfficeHours() {
        return json.object("businessOfficeHours").map(BusinessOfficeHours::new);
    }

    public List<ContactFormOption> contactFormOptions() {
        return json.array("contactFormOptions").map(JsonArray::values).orElse(List.of()).stream()
                .filter(JsonObject.class::isInstance).map(v -> new ContactFormOption((JsonObject) v)).toList();
    }

    public Optional<JsonObject> redirect() {
        return json.object("redirect");
    }

    public Optional<VoiceAiAgent> voiceAiAgent() {
        return json.object("voiceAiAgent").map(VoiceAiAgent::new);
    }

    // The voice AI and attachment settings added on 2026-08-25.
    public Optional<Boolean> allowVoiceNotes() {
        return json.bool("allowVoiceNotes");
    }

    public Optional<Boolean> allowAttachments() {
        return json.bool("allowAttachments");
    }

    public Optional<String> voiceAiDisplayMode() {
        return json.string("voiceAiDisplayMode");
    }

    public Optional<String> voiceAiAnimation() {
        return json.string("voiceAiAnimation");
    }

    public Optional<String> voiceAiAnimationColor() {
        return json.string("voiceAiAnimationColor");
    }

    /** Its type is not documented, so it is given as sent. */
    public Optional<JsonValue> voiceAiAnimationSize() {
        return json.get("voiceAiAnimationSize");
    }

    public Optional<Boolean> addSupportingText() {
        return json.bool("addSupportingText");
    }

    public Optional<String> supportingText() {
        return json.string("supportingText");
    }

    public Optional<JsonObject> fbPage() {
        return json.object("fbPage");
    }

    public Optional<JsonObject> instagramPage() {
        return json.object("instagramPage");
    }

    public AdvanceSettings withAllInOneChatTypes(List<ChatTypeFilter> types) {
        List<JsonValue> values = types.stream().<JsonValue>map(t -> new JsonString(t.wireValue())).toList();
        return new AdvanceSettings(json.with("allInOneChatTypes", new JsonArray(values)));
    }

    public AdvanceSettings withBusinessOfficeHours(BusinessOfficeHours hours) {
        return new AdvanceSettings(json.with("businessOfficeHours", hours.json()));
    }

    public AdvanceSettings withVoiceAiAgent(VoiceAiAgent agent) {
        return new AdvanceSettings(json.with("voiceAiAgent", agent.json()));
    }

    static List<String> strings(JsonArray array) {
        return array.values().stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value()).toList();
    }
}
