package dev.chatwidget.core.error;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The request breaks a rule (400/422, or caught by client-side validation before any call). */
public record Invalid(int status, List<Violation> violations, Optional<String> traceId) implements ChatWidgetError {

    public Invalid {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        traceId = traceId == null ? Optional.empty() : traceId;
    }

    /** A 422 for one field and rule. */
    public static Invalid of(String field, String rule) {
        return new Invalid(422, List.of(Violation.of(field, rule)), Optional.empty());
    }

    public static Invalid of(List<Violation> violations) {
        return new Invalid(422, violations, Optional.empty());
    }

    /** Whether some violation names {@code field}. */
    public boolean concerns(String field) {
        return violations.stream().anyMatch(v -> v.field().filter(field::equals).isPresent());
    }

    @Override
    public String message() {
        return "invalid request: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
