package dev.chatwidget.core.domain;

import java.util.Optional;

/**
 * The rule every id must obey to travel as exactly one URL path segment: non-blank, and without {@code /},
 * {@code \}, {@code ?}, {@code #}, {@code %}, whitespace, control characters, or the dot segments {@code .} and
 * {@code ..}. Ids that pass can never address another path, whatever the HTTP stack does with them.
 */
public final class PathSegment {

    private PathSegment() {
    }

    /** Why {@code value} cannot be an id, or empty when it can. */
    public static Optional<String> problem(String value) {
        if (value == null) {
            return Optional.of("must not be null");
        }
        if (value.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (value.equals(".") || value.equals("..")) {
            return Optional.of("must not be a dot segment");
        }
        if (value.length() > 200) {
            return Optional.of("must be at most 200 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%' || Character.isWhitespace(c)
                    || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return Optional.of("must be a single URL path segment (no '/', '\\', '?', '#', '%', whitespace or control characters)");
            }
        }
        return Optional.empty();
    }

    static void require(String field, String value) {
        problem(value).ifPresent(p -> {
            throw new IllegalArgumentException(field + " " + p);
        });
    }
}
