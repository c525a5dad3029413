package dev.chatwidget.testkit.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's one seam to JSON: reads request bodies and writes response bodies. Interim implementation until
 * the shared wire codec of adapter-http-common is available; everything JSON goes through here so it can be
 * swapped in one place.
 */
final class WireJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The body as a JSON object; empty when it is not one (malformed, empty, or another JSON type). */
    Optional<JsonObject> readObject(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? Optional.of((JsonObject) toValue(node)) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String widget(ChatWidget w) {
        JsonObject.Builder out = JsonObject.builder()
                .put("_id", w.id().value())
                .put("version", w.version())
                .put("chatType", w.chatType().wireValue())
                .put("name", w.name())
                .put("locationId", w.locationId().value())
                .put("deleted", w.deleted())
                .put("default", w.isDefault())
                .put("settings", w.settings().json());
        w.creationSource().ifPresent(v -> out.put("creationSource", v));
        w.updatedBy().ifPresent(v -> out.put("updatedBy", v));
        w.originId().ifPresent(v -> out.put("originId", v.value()));
        return out.put("createdAt", w.createdAt().toString()).put("updatedAt", w.updatedAt().toString())
                .build().toJson();
    }

    String page(Page<WidgetSummary> page) {
        List<JsonValue> items = new ArrayList<>(page.items().size());
        for (WidgetSummary s : page.items()) {
            JsonObject.Builder item = JsonObject.builder()
                    .put("_id", s.id().value())
                    .put("name", s.name())
                    .put("chatType", s.chatType().wireValue())
                    .put("default", s.isDefault());
            s.creationSource().ifPresent(v -> item.put("creationSource", v));
            items.add(item.put("settings", s.settings().json())
                    .put("createdAt", s.createdAt().toString())
                    .put("updatedAt", s.updatedAt().toString())
                    .build());
        }
        return JsonObject.builder().put("chatWidgets", new JsonArray(items)).put("totalCount", page.totalCount())
                .build().toJson();
    }

    String publicConfig(PublicConfig config) {
        JsonObject inner = JsonObject.builder()
                .put("_id", config.id().value())
                .put("locationId", config.locationId().value())
                .put("chatType", config.chatType().wireValue())
                .put("version", config.version())
                .put("name", config.name())
                .put("settings", config.settings().json())
                .build();
        return JsonObject.builder().put("config", inner).build().toJson();
    }

    String deleted(Deleted deleted) {
        return JsonObject.builder().put("success", true).put("_id", deleted.id().value())
                .put("locationId", deleted.locationId().value()).build().toJson();
    }

    private static JsonValue toValue(JsonNode node) {
        if (node.isObject()) {
            JsonObject.Builder out = JsonObject.builder();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.put(field.getKey(), toValue(field.getValue()));
            }
            return out.build();
        }
        if (node.isArray()) {
            List<JsonValue> values = new ArrayList<>(node.size());
            node.forEach(element -> values.add(toValue(element)));
            return new JsonArray(values);
        }
        if (node.isTextual()) {
            return new JsonString(node.textValue());
        }
        if (node.isNumber()) {
            return new JsonNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return JsonBoolean.of(node.booleanValue());
        }
        return JsonNull.INSTANCE;
    }
}
