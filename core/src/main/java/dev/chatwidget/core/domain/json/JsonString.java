package dev.chatwidget.core.domain.json;

import java.util.Objects;

/** A JSON string. */
public record JsonString(String value) implements JsonValue {

    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public String toJson() {
        return JsonText.quote(value);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
