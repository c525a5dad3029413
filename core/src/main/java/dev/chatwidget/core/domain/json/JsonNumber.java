package dev.chatwidget.core.domain.json;

import java.math.BigDecimal;
import java.util.Objects;

/** A JSON number, kept as the exact decimal it was read as (so {@code 1.50} stays {@code 1.50}). */
public record JsonNumber(BigDecimal value) implements JsonValue {

    public JsonNumber {
        Objects.requireNonNull(value, "value");
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public String toJson() {
        return value.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
