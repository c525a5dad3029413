package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonObject;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** {@code settings.dimensions}: position (an open value) and sizes {width, height}. */
public record Dimensions(JsonObject json) {

    public Dimensions {
        Objects.requireNonNull(json, "json");
    }

    public Optional<Position> position() {
        return json.string("position").filter(v -> !v.isBlank()).map(Position::of);
    }

    public Optional<BigDecimal> width() {
        return json.object("sizes").flatMap(s -> s.number("width"));
    }

    public Optional<BigDecimal> height() {
        return json.object("sizes").flatMap(s -> s.number("height"));
    }

    public Dimensions withPosition(Position position) {
        return new Dimensions(json.toBuilder().put("position", position.wireValue()).build());
    }

    public Dimensions withSize(long width, long height) {
        JsonObject sizes = json.object("sizes").orElse(JsonObject.EMPTY).toBuilder()
                .put("width", width).put("height", height).build();
        return new Dimensions(json.with("sizes", sizes));
    }
}
