package dev.chatwidget.core.domain.settings;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the open settings values share: a known constant for a documented value, else the value kept as read. */
final class OpenValues {

    private OpenValues() {
    }

    /** The known constant whose wire value is {@code value}, else a new value holding it verbatim. */
    static <T> T of(List<T> known, Predicate<T> hasValue, String value, Function<String, T> make) {
        for (T k : known) {
            if (hasValue.test(k)) {
                return k;
            }
        }
        return make.apply(value);
    }

    /** Checks a wire value: present and not blank (an empty enum value says nothing). */
    static String check(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
