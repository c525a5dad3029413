package dev.chatwidget.core.domain.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The members of a {@link JsonObject}: a read-only map over {@link Members} that nothing else holds. Being
 * package-private, only this package can make one, so {@link JsonObject} takes it as is instead of copying.
 * Lookups and {@code forEach} (what decoding and typed reads use) allocate nothing; the collection views and
 * {@code equals}/{@code hashCode} are {@link AbstractMap}'s, over an entry set made on demand.
 */
final class FrozenMembers extends AbstractMap<String, JsonValue> {

    private final String[] keys;
    private final JsonValue[] values;
    private final int size;
    private final int[] slots;

    /** {@code members} must never be touched again by the caller. */
    FrozenMembers(Members members) {
        this.keys = members.keys;
        this.values = members.values;
        this.size = members.size;
        this.slots = members.slots;
    }

    /** A builder's copy of these members. */
    Members thaw() {
        return Members.copyOf(keys, values, size, slots);
    }

    @Override
    public Set<Entry<String, JsonValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonValue>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonValue> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(keys[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return Members.indexOf(keys, size, slots, key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = 0; i < size; i++) {
            if (values[i].equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JsonValue get(Object key) {
        int at = Members.indexOf(keys, size, slots, key);
        return at < 0 ? null : values[at];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
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
