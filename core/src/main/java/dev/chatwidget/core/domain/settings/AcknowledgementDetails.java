package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/** {@code settings.acknowledgementDetails}: what the visitor sees after sending a message. */
public record AcknowledgementDetails(JsonObject json) {

    public AcknowledgementDetails {
        Objects.requireNonNull(json, "json");
    }

    public Optional<String> message() {
        return json.string("message");
    }

    public Optional<Boolean> enabled() {
        return json.bool("enabled");
    }
}
