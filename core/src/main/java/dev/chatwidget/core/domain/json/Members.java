package dev.chatwidget.core.domain.json;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON object's members while it is built: keys and values in two arrays in insertion order, found by a scan
 * while there are few and through an open-addressing index of positions once there are many. Two arrays and, for a
 * large object, one int array: a fraction of what a {@code LinkedHashMap} spends on entries and buckets for the
 * small objects settings are made of. A repeated key keeps its first place and takes the last value.
 */
final class Members {

    /** Up to this many members a scan beats hashing (keys read by Jackson are canonical, compared by identity). */
    static final int SCAN_MAX = 8;

    String[] keys;
    JsonValue[] values;
    int size;
    /** Position + 1 of the member whose key hashes there, 0 for an empty slot; null while {@code size <= SCAN_MAX}. */
    int[] slots;

    Members(int capacity) {
        keys = new String[Math.max(capacity, 1)];
        values = new JsonValue[keys.length];
    }

    /** A copy of {@code map}'s members, in its iteration order; a null key or value is refused, naming the key. */
    static Members of(Map<String, JsonValue> map) {
        Members members = new Members(map.size());
        map.forEach((k, v) -> {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, () -> "value of key " + k);
            members.put(k, v);
        });
        return members;
    }

    Members copy() {
        return copyOf(keys, values, size, slots);
    }

    /** Writable members holding the first {@code size} of these, with the index they came with (if any). */
    static Members copyOf(String[] keys, JsonValue[] values, int size, int[] slots) {
        Members copy = new Members(keys.length);
        System.arraycopy(keys, 0, copy.keys, 0, size);
        System.arraycopy(values, 0, copy.values, 0, size);
        copy.size = size;
        copy.slots = slots == null ? null : slots.clone();
        return copy;
    }

    void put(String key, JsonValue value) {
        int at = indexOf(keys, size, slots, key);
        if (at >= 0) {
            values[at] = value;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
            if (slots != null) {
                slots = index(keys, size);
            }
        }
        keys[size] = key;
        values[size] = value;
        size++;
        if (slots != null) {
            place(slots, key, size - 1);
        } else if (size > SCAN_MAX) {
            slots = index(keys, size);
        }
    }

    void remove(String key) {
        int at = indexOf(keys, size, slots, key);
        if (at < 0) {
            return;
        }
        System.arraycopy(keys, at + 1, keys, at, size - at - 1);
        System.arraycopy(values, at + 1, values, at, size - at - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        slots = size > SCAN_MAX ? index(keys, size) : null;
    }

    /** The position of {@code key} among the first {@code size} keys, or -1. */
    static int indexOf(String[] keys, int size, int[] slots, Object key) {
        if (key == null) {
            return -1;
        }
        if (slots == null) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = slots.length - 1;
        for (int s = key.hashCode() & mask; ; s = (s + 1) & mask) {
            int slot = slots[s];
            if (slot == 0) {
                return -1;
            }
            if (keys[slot - 1].equals(key)) {
                return slot - 1;
            }
        }
    }

    /** An index with room for {@code keys.length} members at a load of at most one half. */
    private static int[] index(String[] keys, int size) {
        int[] slots = new int[Integer.highestOneBit(Math.max(keys.length, 2) * 2 - 1) << 1];
        for (int i = 0; i < size; i++) {
            place(slots, keys[i], i);
        }
        return slots;
    }

    private static void place(int[] slots, String key, int position) {
        int mask = slots.length - 1;
        int s = key.hashCode() & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = position + 1;
    }
}
