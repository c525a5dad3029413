package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The tree path settings took before JsonValueDeserializer: kept as the oracle the streaming path must equal. */
final class JsonTrees {

    private JsonTrees() {
    }

    static JsonValue toValue(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                JsonObject.Builder builder = JsonObject.builder();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    builder.put(member.getKey(), toValue(member.getValue()));
                }
                return builder.build();
            }
            case ARRAY -> {
                List<JsonValue> values = new ArrayList<>(node.size());
                for (JsonNode element : node) {
                    values.add(toValue(element));
                }
                return new JsonArray(values);
            }
            case STRING -> {
                return new JsonString(node.textValue());
            }
            case NUMBER -> {
                return new JsonNumber(node.decimalValue());
            }
            case BOOLEAN -> {
                return JsonBoolean.of(node.booleanValue());
            }
            case NULL, MISSING -> {
                return JsonNull.INSTANCE;
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    static JsonNode toNode(JsonValue value) {
        if (value instanceof JsonObject object) {
            ObjectNode node = WireJson.NODES.objectNode();
            object.members().forEach((key, member) -> node.set(key, toNode(member)));
            return node;
        }
        if (value instanceof JsonArray array) {
            ArrayNode node = WireJson.NODES.arrayNode(array.size());
            array.values().forEach(element -> node.add(toNode(element)));
            return node;
        }
        if (value instanceof JsonString string) {
            return WireJson.NODES.textNode(string.value());
        }
        if (value instanceof JsonNumber number) {
            return WireJson.NODES.numberNode(number.value());
        }
        if (value instanceof JsonBoolean bool) {
            return WireJson.NODES.booleanNode(bool.value());
        }
        return WireJson.NODES.nullNode();
    }
}
