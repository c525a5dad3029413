package dev.chatwidget.core.domain.json;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a {@link JsonObject}: a read-only view over an insertion-ordered map that nothing else holds.
 * Being package-private, only this package can make one, so {@link JsonObject} takes it as is instead of copying.
 */
final class FrozenMembers extends AbstractMap<String, JsonValue> {

    private final Map<String, JsonValue> view;

    /** {@code owned} must be a fresh map with no null key or value, never touched again by the caller. */
    FrozenMembers(LinkedHashMap<String, JsonValue> owned) {
        this.view = Collections.unmodifiableMap(owned);
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
        return view.entrySet();
    }

    @Override
    public Set<String> keySet() {
        return view.keySet();
    }

    @Override
    public Collection<JsonValue> values() {
        return view.values();
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public boolean isEmpty() {
        return view.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return view.containsValue(value);
    }

    @Override
    public JsonValue get(Object key) {
        return view.get(key);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
        view.forEach(action);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || view.equals(o);
    }

    @Override
    public int hashCode() {
        return view.hashCode();
    }

    @Override
    public String toString() {
        return view.toString();
    }
}
