package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/** {@code advanceSettings.voiceAiAgent}: the voice AI agent a voiceAiChat widget talks through. */
public record VoiceAiAgent(JsonObject json) {

    public VoiceAiAgent {
        Objects.requireNonNull(json, "json");
    }

    /** The agent id the list filter {@code voiceAiAgentId} matches. */
    public Optional<String> id() {
        return json.string("id");
    }

    public Optional<String> name() {
        return json.string("name");
    }

    public static VoiceAiAgent withId(String id) {
        return new VoiceAiAgent(JsonObject.builder().put("id", id).build());
    }
}
