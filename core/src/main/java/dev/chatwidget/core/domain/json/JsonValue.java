package dev.chatwidget.core.domain.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An immutable JSON value: the lossless carrier of widget settings, so that keys and values this library does not
 * know survive a read-modify-write untouched.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** Converts plain Java values (Map, List, String, Number, Boolean, null, or JsonValue) to a JSON value. */
    static JsonValue of(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String s) {
            return new JsonString(s);
        }
        if (value instanceof Boolean b) {
            return JsonBoolean.of(b);
        }
        if (value instanceof BigDecimal d) {
            return new JsonNumber(d);
        }
        if (value instanceof Number n) {
            return new JsonNumber(new BigDecimal(n.toString()));
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject.Builder builder = JsonObject.builder();
            map.forEach((k, v) -> builder.put(String.valueOf(k), of(v)));
            return builder.build();
        }
        if (value instanceof List<?> list) {
            return new JsonArray(list.stream().map(JsonValue::of).toList());
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    /** The plain Java form: LinkedHashMap, List, String, BigDecimal, Boolean or null. */
    Object toJava();

    /** Compact JSON text. */
    String toJson();
}
