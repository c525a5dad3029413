package dev.chatwidget.core.domain.auth;

import java.util.Objects;

/** An OAuth refresh token; {@link #toString()} never shows it, only {@link #reveal()} does. */
public final class RefreshToken {

    private final String value;

    public RefreshToken(String value) {
        Objects.requireNonNull(value, "refresh token");
        if (value.isBlank()) {
            throw new IllegalArgumentException("refresh token must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("refresh token must be visible ASCII (no spaces or control characters)");
            }
        }
        this.value = value;
    }

    /** The secret itself, for the token endpoint and the token store only. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefreshToken other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "RefreshToken[****]";
    }
}
