package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/** {@code settings.theme}: its name, the colours of a custom theme, its value and typography. */
public record Theme(JsonObject json) {

    public Theme {
        Objects.requireNonNull(json, "json");
    }

    public Optional<ThemeName> name() {
        return json.string("name").filter(v -> !v.isBlank()).map(ThemeName::of);
    }

    /** {@code theme.value}: its type is not documented, so it is given as sent. */
    public Optional<JsonValue> value() {
        return json.get("value");
    }

    public Optional<JsonObject> colors() {
        return json.object("colors");
    }

    public Optional<Typography> typography() {
        return json.object("typography").map(Typography::new);
    }

    public Theme withName(ThemeName name) {
        return new Theme(json.toBuilder().put("name", name.wireValue()).build());
    }

    public Theme withTypography(Typography typography) {
        return new Theme(json.with("typography", typography.json()));
    }

    public Theme withColors(JsonObject colors) {
        return new Theme(json.with("colors", colors));
    }
}
