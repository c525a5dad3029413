package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code advanceSettings.businessOfficeHours}: whether hours apply, the open hours and their timezone. */
public record BusinessOfficeHours(JsonObject json) {

    public BusinessOfficeHours {
        Objects.requireNonNull(json, "json");
    }

    public Optional<Boolean> enableBusinessHours() {
        return json.bool("enableBusinessHours");
    }

    public Optional<String> timezone() {
        return json.string("timezone");
    }

    public List<OpenHours> openHours() {
        return json.array("openHours").map(JsonArray::values).orElse(List.of()).stream()
                .filter(JsonObject.class::isInstance).map(v -> new OpenHours((JsonObject) v)).toList();
    }
}
