package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes the core's JSON values straight to the generator (no Jackson tree in between), numbers as written. */
final class JsonValueSerializer extends StdSerializer<JsonValue> {

    private static final long serialVersionUID = 1L;

    JsonValueSerializer() {
        super(JsonValue.class);
    }

    @Override
    public void serialize(JsonValue value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write(value, g);
    }

    private static void write(JsonValue value, JsonGenerator g) throws IOException {
        if (value instanceof JsonObject object) {
            g.writeStartObject(object);
            try {
                // forEach walks the members in place; an entry set would make an entry per member.
                object.members().forEach((key, member) -> {
                    try {
                        g.writeFieldName(key);
                        write(member, g);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndObject();
        } else if (value instanceof JsonArray array) {
            g.writeStartArray(array, array.size());
            for (JsonValue element : array.values()) {
                write(element, g);
            }
            g.writeEndArray();
        } else if (value instanceof JsonString string) {
            g.writeString(string.value());
        } else if (value instanceof JsonNumber number) {
            // As the tree's DecimalNode did: BigDecimal.toString() unless WRITE_BIGDECIMAL_AS_PLAIN is on.
            g.writeNumber(number.value());
        } else if (value instanceof JsonBoolean bool) {
            g.writeBoolean(bool.value());
        } else {
            g.writeNull();
        }
    }
}
