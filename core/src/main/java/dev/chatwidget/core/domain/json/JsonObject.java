package dev.chatwidget.core.domain.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An immutable JSON object that keeps its keys in the order they were read or put. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        Objects.requireNonNull(members, "members");
        // Members this package froze (a builder's map, another object's members) are immutable already: copying
        // them again doubled the allocation of every decoded object.
        if (!(members instanceof FrozenMembers)) {
            members = new FrozenMembers(Members.of(members));
        }
    }

    public static Builder builder() {
        return new Builder(new Members(8));
    }

    public Builder toBuilder() {
        return new Builder(((FrozenMembers) members).thaw());
    }

    public Optional<JsonValue> get(String key) {
        return Optional.ofNullable(members.get(key));
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    public Optional<String> string(String key) {
        return get(key).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }

    public Optional<Boolean> bool(String key) {
        return get(key).filter(JsonBoolean.class::isInstance).map(v -> ((JsonBoolean) v).value());
    }

    public Optional<java.math.BigDecimal> number(String key) {
        return get(key).filter(JsonNumber.class::isInstance).map(v -> ((JsonNumber) v).value());
    }

    public Optional<JsonObject> object(String key) {
        return get(key).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    public Optional<JsonArray> array(String key) {
        return get(key).filter(JsonArray.class::isInstance).map(JsonArray.class::cast);
    }

    /** A copy with {@code key} set to {@code value} (kept in place if it was present). */
    public JsonObject with(String key, JsonValue value) {
        return toBuilder().put(key, value).build();
    }

    /** A copy without {@code key}. */
    public JsonObject without(String key) {
        if (!members.containsKey(key)) {
            return this;
        }
        return toBuilder().remove(key).build();
    }

    @Override
    public Object toJava() {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        members.forEach((k, v) -> out.put(k, v.toJava()));
        return out;
    }

    @Override
    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        members.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(JsonText.quote(key)).append(':').append(value.toJson());
        });
        return json.append('}').toString();
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Builds an object in insertion order. */
    public static final class Builder {
        private Members members;
        /** What the last {@link #build()} handed over, while no put or remove has followed it. */
        private FrozenMembers built;

        private Builder(Members members) {
            this.members = members;
        }

        public Builder put(String key, JsonValue value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            writable().put(key, value);
            return this;
        }

        public Builder put(String key, String value) {
            return put(key, new JsonString(value));
        }

        public Builder put(String key, boolean value) {
            return put(key, JsonBoolean.of(value));
        }

        public Builder put(String key, long value) {
            return put(key, JsonNumber.of(value));
        }

        public Builder remove(String key) {
            writable().remove(key);
            return this;
        }

        /** Hands the members over without a copy; a builder used again afterwards works on a copy of its own. */
        public JsonObject build() {
            if (built == null) {
                built = new FrozenMembers(members);
            }
            return new JsonObject(built);
        }

        private Members writable() {
            if (built != null) {
                members = members.copy();
                built = null;
            }
            return members;
        }
    }
}
