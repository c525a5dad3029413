package dev.chatwidget.core.domain.json;

import java.util.Map;

/**
 * RFC 7386 JSON merge patch: objects merge key by key, {@code null} removes a key, anything else replaces.
 * The rule behind PATCH of widget settings.
 */
public final class MergePatch {

    private MergePatch() {
    }

    public static JsonValue apply(JsonValue target, JsonValue patch) {
        if (!(patch instanceof JsonObject patchObject)) {
            return patch;
        }
        JsonObject base = target instanceof JsonObject o ? o : JsonObject.EMPTY;
        JsonObject.Builder result = base.toBuilder();
        for (Map.Entry<String, JsonValue> entry : patchObject.members().entrySet()) {
            if (entry.getValue() instanceof JsonNull) {
                result.remove(entry.getKey());
            } else {
                JsonValue current = base.members().getOrDefault(entry.getKey(), JsonNull.INSTANCE);
                result.put(entry.getKey(), apply(current, entry.getValue()));
            }
        }
        return result.build();
    }

    /** Applies a patch to an object and returns an object (a non-object patch result is not an object: empty). */
    public static JsonObject applyToObject(JsonObject target, JsonObject patch) {
        return (JsonObject) apply(target, patch);
    }
}
