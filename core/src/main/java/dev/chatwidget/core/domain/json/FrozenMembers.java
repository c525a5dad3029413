package dev.chatwidget.core.domain.json;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The members of a {@link JsonObject}: a read-only view over an insertion-ordered map that nothing else holds.
 * Being package-private, only this package can make one, so {@link JsonObject} takes it as is instead of copying.
 */
final class FrozenMembers extends AbstractMap<String, JsonValue> {

    private final LinkedHashMap<String, JsonValue> owned;
    /**
     * The read-only wrapper for the collection views (its entries refuse setValue), made on first use: lookups
     * and forEach, what decoding and typed reads use, need none. A race makes two equal wrappers, harmlessly.
     */
    private Map<String, JsonValue> view;

    /** {@code owned} must be a fresh map with no null key or value, never touched again by the caller. */
    FrozenMembers(LinkedHashMap<String, JsonValue> owned) {
        this.owned = owned;
    }

    private Map<String, JsonValue> view() {
        Map<String, JsonValue> v = view;
        if (v == null) {
            v = Collections.unmodifiableMap(owned);
            view = v;
        }
        return v;
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
        return view().entrySet();
    }

    @Override
    public Set<String> keySet() {
        return view().keySet();
    }

    @Override
    public Collection<JsonValue> values() {
        return view().values();
    }

    @Override
    public int size() {
        return owned.size();
    }

    @Override
    public boolean isEmpty() {
        return owned.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return owned.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return owned.containsValue(value);
    }

    @Override
    public JsonValue get(Object key) {
        return owned.get(key);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
        owned.forEach(action);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || owned.equals(o);
    }

    @Override
    public int hashCode() {
        return owned.hashCode();
    }

    @Override
    public String toString() {
        return owned.toString();
    }

    // Every mutator refuses, present key or not, as Collections.unmodifiableMap does (AbstractMap's defaults
    // only fail when they would actually change something).
    @Override
    public JsonValue put(String key, JsonValue value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonValue remove(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends String, ? extends JsonValue> m) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonValue putIfAbsent(String key, JsonValue value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean replace(String key, JsonValue oldValue, JsonValue newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonValue replace(String key, JsonValue value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super JsonValue, ? extends JsonValue> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonValue computeIfAbsent(String key, Function<? super String, ? extends JsonValue> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonValue computeIfPresent(String key,
            BiFunction<? super String, ? super JsonValue, ? extends JsonValue> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonValue compute(String key, BiFunction<? super String, ? super JsonValue, ? extends JsonValue> function) {
        throw new UnsupportedOperationException();
    }

    @Override
    public JsonValue merge(String key, JsonValue value,
            BiFunction<? super JsonValue, ? super JsonValue, ? extends JsonValue> function) {
        throw new UnsupportedOperationException();
    }
}
