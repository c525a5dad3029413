package dev.chatwidget.adapter.http;

/** The rule for every header value this library sends: visible ASCII and spaces only, so no CR/LF injection. */
final class HeaderValues {

    private HeaderValues() {
    }

    /** Refuses {@code value} with an {@link IllegalArgumentException} naming it unless it is safe as a header value. */
    static void require(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException(name + " must be printable ASCII without CR, LF or control characters"
                        + " (bad character at index " + i + ")");
            }
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(name + " must not start or end with whitespace");
        }
    }
}
