package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/** {@code settings.theme}: name (an open enum), colors and typography. */
public record Theme(JsonObject json) {

    public Theme {
        Objects.requireNonNull(json, "json");
    }

    public Optional<String> name() {
        return json.string("name");
    }

    public Optional<JsonObject> colors() {
        return json.object("colors");
    }

    public Optional<JsonObject> typography() {
        return json.object("typography");
    }

    public Theme withName(String name) {
        return new Theme(json.toBuilder().put("name", name).build());
    }

    public Theme withColors(JsonObject colors) {
        return new Theme(json.with("colors", colors));
    }
}
