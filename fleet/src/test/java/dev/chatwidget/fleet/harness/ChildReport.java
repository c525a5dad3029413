package dev.chatwidget.fleet.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a child main prints for its {@link Fleet}: one line per event ({@code EVENT name}), and a final summary
 * ({@code SUMMARY key=value ...}; keys and values without spaces or '='). Everything else on stdout is ignored.
 */
public final class ChildReport {

    static final String EVENT = "EVENT ";
    static final String SUMMARY = "SUMMARY ";

    private ChildReport() {
    }

    /** Announces {@code name} (no spaces) to the parent at once, e.g. "lease-held" so the parent can kill it. */
    public static void event(String name) {
        requireWord(name);
        synchronized (System.out) {
            System.out.println(EVENT + name);
            System.out.flush();
        }
    }

    /** Prints the summary the parent reads from {@link ChildOutcome#summary()}; the last one printed counts. */
    public static void summary(Map<String, ?> values) {
        StringBuilder line = new StringBuilder(SUMMARY);
        values.forEach((key, value) -> {
            requireWord(key);
            requireWord(String.valueOf(value));
            line.append(key).append('=').append(value).append(' ');
        });
        synchronized (System.out) {
            System.out.println(line.toString().strip());
            System.out.flush();
        }
    }

    static Map<String, String> parse(String pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs.strip().split(" +")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    private static void requireWord(String word) {
        if (word.isEmpty() || word.contains(" ") || word.contains("=") || word.contains("\n")) {
            throw new IllegalArgumentException("report words must be non-empty, without spaces or '=': " + word);
        }
    }
}
