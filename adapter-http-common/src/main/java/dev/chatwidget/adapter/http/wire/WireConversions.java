package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value conversions the mappers share (selected by MapStruct by type). Static, so mappers need no injection.
 * Conversions to domain values throw {@link IllegalArgumentException} on a value the domain refuses; the codec turns
 * that into an error value.
 */
final class WireConversions {

    private WireConversions() {
    }

    // Ids and chat types: null stays null, so the domain constructor names the missing field.
    static WidgetId widgetId(String value) {
        return value == null ? null : WidgetId.of(value);
    }

    static String widgetId(WidgetId value) {
        return value == null ? null : value.value();
    }

    static Optional<WidgetId> optionalWidgetId(String value) {
        return value == null ? Optional.empty() : Optional.of(WidgetId.of(value));
    }

    static String widgetId(Optional<WidgetId> value) {
        return value.map(WidgetId::value).orElse(null);
    }

    static LocationId locationId(String value) {
        return value == null ? null : LocationId.of(value);
    }

    static String locationId(LocationId value) {
        return value == null ? null : value.value();
    }

    static ChatType chatType(String value) {
        return value == null ? null : ChatType.of(value);
    }

    static String chatType(ChatType value) {
        return value == null ? null : value.wireValue();
    }

    static Optional<ChatType> optionalChatType(String value) {
        return value == null ? Optional.empty() : Optional.of(ChatType.of(value));
    }

    static String chatType(Optional<ChatType> value) {
        return value.map(ChatType::wireValue).orElse(null);
    }

    // Optional fields: absent on the wire is Optional.empty() in the domain, and back.
    static Optional<String> optionalText(String value) {
        return Optional.ofNullable(value);
    }

    static String text(Optional<String> value) {
        return value.orElse(null);
    }

    static Optional<Integer> optionalNumber(Integer value) {
        return Optional.ofNullable(value);
    }

    static Integer number(Optional<Integer> value) {
        return value.orElse(null);
    }

    static Optional<Boolean> optionalFlag(Boolean value) {
        return Optional.ofNullable(value);
    }

    static Boolean flag(Optional<Boolean> value) {
        return value.orElse(null);
    }

    // Settings: a JSON object both ways, losslessly (JsonValueDeserializer reads them; Java null is absent or null).
    static WidgetSettings settings(JsonValue value) {
        if (value == null || value instanceof JsonNull) {
            return WidgetSettings.EMPTY;
        }
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("settings must be a JSON object");
        }
        return WidgetSettings.of(object);
    }

    static JsonValue settings(WidgetSettings settings) {
        return settings == null ? null : settings.json();
    }

    /** A JSON null {@code settings} in an update is read as not named: the domain has no "no settings at all". */
    static Optional<WidgetSettings> optionalSettings(JsonValue value) {
        if (value == null || value instanceof JsonNull) {
            return Optional.empty();
        }
        return Optional.of(settings(value));
    }

    static JsonValue settings(Optional<WidgetSettings> settings) {
        return settings.map(WireConversions::settings).orElse(null);
    }

    // Timestamps: ISO-8601 instants; an offset or epoch milliseconds are accepted too.
    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        Instant usual = IsoInstant.parseUtc(value);
        if (usual != null) {
            return usual;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            if (!value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 19) {
                return Instant.ofEpochMilli(Long.parseLong(value));
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO-8601 timestamp: " + Excerpts.of(value, 40), e);
            }
        }
    }

    static String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    // Error messages: a string or a list of strings on the wire, always a list here.
    static List<String> messages(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                out.add(element.isTextual() ? element.textValue() : element.toString());
            }
        } else {
            out.add(node.isTextual() ? node.textValue() : node.toString());
        }
        return out;
    }

    static JsonNode messages(ErrorBody body) {
        if (!body.messageIsList()) {
            return WireJson.NODES.textNode(body.messages().get(0));
        }
        var array = WireJson.NODES.arrayNode(body.messages().size());
        body.messages().forEach(array::add);
        return array;
    }
}
