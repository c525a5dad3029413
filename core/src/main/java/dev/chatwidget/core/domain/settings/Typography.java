package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/** {@code theme.typography}: the font family and the text colours. */
public record Typography(JsonObject json) {

    public Typography {
        Objects.requireNonNull(json, "json");
    }

    public Optional<String> fontFamily() {
        return json.string("fontFamily");
    }

    public Optional<JsonObject> colors() {
        return json.object("colors");
    }

    public Typography withFontFamily(String fontFamily) {
        return new Typography(json.toBuilder().put("fontFamily", fontFamily).build());
    }
}
