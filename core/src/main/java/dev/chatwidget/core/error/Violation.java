package dev.chatwidget.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule: the field path where known (e.g. {@code limit}, {@code settings}) and the rule it breaks.
 */
public record Violation(Optional<String> field, String rule) {

    public Violation {
        field = field == null ? Optional.empty() : field;
        Objects.requireNonNull(rule, "rule");
    }

    public static Violation of(String field, String rule) {
        return new Violation(Optional.of(field), rule);
    }

    /** A message the server sent without saying which field it concerns. */
    public static Violation unattributed(String message) {
        return new Violation(Optional.empty(), message);
    }

    @Override
    public String toString() {
        return field.map(f -> f + ": " + rule).orElse(rule);
    }
}
