package dev.chatwidget.core.domain.auth;

import java.util.Objects;

/** A bearer token; {@link #toString()} never shows it, only {@link #reveal()} does. */
public final class AccessToken {

    private final String value;

    public AccessToken(String value) {
        Objects.requireNonNull(value, "token");
        if (value.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("token must be visible ASCII (no spaces, CR, LF or control characters)");
            }
        }
        this.value = value;
    }

    /** The secret itself, for the Authorization header only. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessToken other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "AccessToken[****]";
    }
}
