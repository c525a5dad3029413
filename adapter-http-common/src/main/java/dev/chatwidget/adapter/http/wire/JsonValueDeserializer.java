package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the token stream straight into the core's JSON values, so settings are built once (not as a Jackson tree
 * first and then copied). Lossless as the tree was: key order kept, a repeated key keeps its first place and its
 * last value, every number is the exact decimal written ({@code 1.50} stays {@code 1.50}).
 *
 * <p>A JSON null as the whole value is Java null (Jackson's null handling): the DTO field reads as absent, as
 * the tree's {@code NullNode} did; nulls inside objects and arrays are {@link JsonNull}.
 */
final class JsonValueDeserializer extends StdDeserializer<JsonValue> {

    private static final long serialVersionUID = 1L;

    JsonValueDeserializer() {
        super(JsonValue.class);
    }

    @Override
    public JsonValue deserialize(JsonParser p, DeserializationContext context) throws IOException {
        return value(p, context);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Untyped;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    // Recursion is bounded: the parser refuses nesting deeper than its StreamReadConstraints (1000 by default).
    private static JsonValue value(JsonParser p, DeserializationContext context) throws IOException {
        JsonToken token = p.currentToken();
        if (token != null) {
            switch (token) {
                case START_OBJECT -> {
                    p.nextToken();
                    return object(p, context);
                }
                // Buffered input (e.g. a creator's out-of-order properties) may start an object at its first key.
                case FIELD_NAME, END_OBJECT -> {
                    return object(p, context);
                }
                case START_ARRAY -> {
                    return array(p, context);
                }
                case VALUE_STRING -> {
                    return new JsonString(p.getText());
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return new JsonNumber(p.getDecimalValue());
                }
                case VALUE_TRUE -> {
                    return JsonBoolean.of(true);
                }
                case VALUE_FALSE -> {
                    return JsonBoolean.of(false);
                }
                case VALUE_NULL -> {
                    return JsonNull.INSTANCE;
                }
                default -> {
                    // An end of array or an embedded object (from a token buffer): no JSON value starts here.
                }
            }
        }
        // Throws (a MismatchedInputException naming JsonValue): no problem handler is registered to return a value.
        return (JsonValue) context.handleUnexpectedToken(JsonValue.class, p);
    }

    /** The members from the current token (a key, or the end of the object) on. */
    private static JsonObject object(JsonParser p, DeserializationContext context) throws IOException {
        JsonObject.Builder members = JsonObject.builder();
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            p.nextToken();
            members.put(key, value(p, context));
        }
        return members.build();
    }

    private static JsonArray array(JsonParser p, DeserializationContext context) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return JsonArray.EMPTY;
        }
        List<JsonValue> values = new ArrayList<>();
        // Input that ends inside the array leaves no current token, which value() refuses.
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            values.add(value(p, context));
        }
        return new JsonArray(values);
    }
}
