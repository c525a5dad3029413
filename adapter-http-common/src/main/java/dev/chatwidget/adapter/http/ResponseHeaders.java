package dev.chatwidget.adapter.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Response headers, by case-insensitive name. */
public final class ResponseHeaders {

    public static final ResponseHeaders NONE = new ResponseHeaders(Map.of());

    private final Map<String, List<String>> byName;

    private ResponseHeaders(Map<String, List<String>> byName) {
        this.byName = byName;
    }

    public static ResponseHeaders of(Map<String, ? extends List<String>> headers) {
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && values != null) {
                map.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values);
            }
        });
        map.replaceAll((name, values) -> List.copyOf(values));
        return new ResponseHeaders(Collections.unmodifiableMap(map));
    }

    /** Collects headers one by one, as HTTP stacks hand them out. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first value of {@code name}, trimmed, if present. */
    public Optional<String> first(String name) {
        List<String> values = byName.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0)).map(String::trim);
    }

    public List<String> all(String name) {
        return byName.getOrDefault(name, List.of());
    }

    @Override
    public String toString() {
        return byName.keySet().toString().toLowerCase(Locale.ROOT);
    }

    /** Accumulates headers. */
    public static final class Builder {
        private final TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        public Builder add(String name, String value) {
            if (name != null && value != null) {
                map.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            return this;
        }

        public ResponseHeaders build() {
            return ResponseHeaders.of(map);
        }
    }
}
