package dev.chatwidget.testkit.server;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.PathSegment;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Request bodies (already parsed as JSON objects) to domain requests. Only the JSON types are checked here
 * (a 422 with every bad field); the rules themselves (required fields, writable types, name length) are the
 * in-memory gateway's. A JSON {@code null} counts as an absent field; unknown fields are ignored.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static Either<List<String>, NewWidget> newWidget(JsonObject body) {
        Fields f = new Fields(body);
        LocationId location = f.location("locationId").orElse(null);
        int version = f.positiveInt("version").orElse(0);
        ChatType chatType = f.chatType().orElse(null);
        String name = f.string("name").orElse(null);
        Optional<Boolean> isDefault = f.bool("default");
        Optional<Boolean> deleted = f.bool("deleted");
        Optional<WidgetSettings> settings = f.settings();
        return f.result(new NewWidget(location, version, chatType, name, isDefault, deleted, settings));
    }

    static Either<List<String>, WidgetUpdate> update(JsonObject body) {
        Fields f = new Fields(body);
        Optional<Integer> version = f.positiveInt("version");
        Optional<ChatType> chatType = f.chatType();
        Optional<String> name = f.string("name");
        Optional<Boolean> isDefault = f.bool("default");
        Optional<WidgetSettings> settings = f.settings();
        return f.result(new WidgetUpdate(version, chatType, name, isDefault, settings));
    }

    static Either<List<String>, CloneRequest> cloneRequest(JsonObject body) {
        Fields f = new Fields(body);
        Optional<LocationId> location = f.location("locationId");
        Optional<WidgetId> source = f.widgetId("chatWidgetId");
        Optional<String> name = f.string("name");
        if (!f.has("locationId")) {
            f.problems.add("locationId is required");
        }
        if (!f.has("chatWidgetId")) {
            f.problems.add("chatWidgetId is required");
        }
        if (!f.problems.isEmpty()) {
            return Either.left(List.copyOf(f.problems));
        }
        return Either.right(new CloneRequest(location.orElseThrow(), source.orElseThrow(), name));
    }

    /** Typed reads of one body, collecting a message per field of the wrong JSON type. */
    private static final class Fields {
        private final JsonObject body;
        private final List<String> problems = new ArrayList<>();

        Fields(JsonObject body) {
            this.body = body;
        }

        boolean has(String key) {
            return value(key).isPresent();
        }

        <T> Either<List<String>, T> result(T value) {
            return problems.isEmpty() ? Either.right(value) : Either.left(List.copyOf(problems));
        }

        Optional<String> string(String key) {
            Optional<JsonValue> v = value(key);
            if (v.isPresent() && !(v.get() instanceof JsonString)) {
                problems.add(key + " must be a string");
                return Optional.empty();
            }
            return v.map(s -> ((JsonString) s).value());
        }

        Optional<Boolean> bool(String key) {
            Optional<JsonValue> v = value(key);
            if (v.isPresent() && !(v.get() instanceof JsonBoolean)) {
                problems.add(key + " must be a boolean");
                return Optional.empty();
            }
            return v.map(b -> ((JsonBoolean) b).value());
        }

        Optional<Integer> positiveInt(String key) {
            Optional<JsonValue> v = value(key);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            if (v.get() instanceof JsonNumber n) {
                try {
                    int i = n.value().intValueExact();
                    if (i > 0) {
                        return Optional.of(i);
                    }
                } catch (ArithmeticException e) {
                    // not a whole number in int range: reported below
                }
            }
            problems.add(key + " must be a positive number");
            return Optional.empty();
        }

        Optional<ChatType> chatType() {
            Optional<String> s = string("chatType");
            if (s.isPresent() && s.get().isBlank()) {
                problems.add("chatType must be liveChat or emailChat");
                return Optional.empty();
            }
            return s.map(ChatType::of);
        }

        Optional<LocationId> location(String key) {
            return segment(key).map(LocationId::of);
        }

        Optional<WidgetId> widgetId(String key) {
            return segment(key).map(WidgetId::of);
        }

        Optional<WidgetSettings> settings() {
            Optional<JsonValue> v = value("settings");
            if (v.isPresent() && !(v.get() instanceof JsonObject)) {
                problems.add("settings must be an object");
                return Optional.empty();
            }
            return v.map(o -> WidgetSettings.of((JsonObject) o));
        }

        private Optional<String> segment(String key) {
            Optional<String> s = string(key);
            if (s.isPresent() && PathSegment.problem(s.get()).isPresent()) {
                problems.add(key + " must be a valid id");
                return Optional.empty();
            }
            return s;
        }

        private Optional<JsonValue> value(String key) {
            return body.get(key).filter(v -> v != JsonNull.INSTANCE);
        }
    }
}
