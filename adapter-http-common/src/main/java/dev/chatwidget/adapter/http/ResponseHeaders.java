package dev.chatwidget.adapter.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Response headers, by case-insensitive name, in the order they arrived. Kept as the stack handed them out (two
 * arrays) and searched on demand: a response carries a dozen headers and the client asks for a handful, so a
 * sorted map per response would cost more than every lookup together.
 */
public final class ResponseHeaders {

    public static final ResponseHeaders NONE = new ResponseHeaders(new String[0], new String[0], 0);

    private final String[] names;
    private final String[] values;
    private final int size;

    private ResponseHeaders(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    public static ResponseHeaders of(Map<String, ? extends List<String>> headers) {
        Builder builder = builder();
        headers.forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.add(name, value));
            }
        });
        return builder.build();
    }

    /** Collects headers one by one, as HTTP stacks hand them out. */
    public static Builder builder() {
        return new Builder(16);
    }

    /** A builder with room for {@code expected} headers, for a stack that says how many it has. */
    public static Builder builder(int expected) {
        return new Builder(Math.max(expected, 1));
    }

    /** The first value of {@code name}, trimmed, if present. */
    public Optional<String> first(String name) {
        return Optional.ofNullable(firstOrNull(name));
    }

    /** {@link #first} without the {@code Optional}, for the readers of every response's headers. */
    String firstOrNull(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i].trim();
            }
        }
        return null;
    }

    /** Every value of {@code name}, in the order they arrived. */
    public List<String> all(String name) {
        List<String> all = new ArrayList<>(2);
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                all.add(values[i]);
            }
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        TreeSet<String> distinct = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            distinct.add(names[i].toLowerCase(Locale.ROOT));
        }
        return distinct.toString();
    }

    /** Accumulates headers; a null name or value is skipped. */
    public static final class Builder {
        private String[] names;
        private String[] values;
        private int size;
        /** Whether the arrays were handed to a built instance (copied before the next add). */
        private boolean shared;

        private Builder(int capacity) {
            names = new String[capacity];
            values = new String[capacity];
        }

        public Builder add(String name, String value) {
            if (name != null && value != null) {
                if (shared || size == names.length) {
                    names = Arrays.copyOf(names, Math.max(size * 2, 16));
                    values = Arrays.copyOf(values, names.length);
                    shared = false;
                }
                names[size] = name;
                values[size] = value;
                size++;
            }
            return this;
        }

        /** The headers so far; the builder may go on collecting without changing them. */
        public ResponseHeaders build() {
            shared = true;
            return new ResponseHeaders(names, values, size);
        }
    }
}
