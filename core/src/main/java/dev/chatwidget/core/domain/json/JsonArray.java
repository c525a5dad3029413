package dev.chatwidget.core.domain.json;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** An immutable JSON array. */
public record JsonArray(List<JsonValue> values) implements JsonValue {

    public static final JsonArray EMPTY = new JsonArray(List.of());

    public JsonArray {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    public static JsonArray of(JsonValue... values) {
        return new JsonArray(List.of(values));
    }

    public int size() {
        return values.size();
    }

    public JsonValue get(int index) {
        return values.get(index);
    }

    @Override
    public Object toJava() {
        return values.stream().map(JsonValue::toJava).collect(Collectors.toList());
    }

    @Override
    public String toJson() {
        return values.stream().map(JsonValue::toJson).collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public String toString() {
        return toJson();
    }
}
