package dev.chatwidget.core.domain.auth;

import java.util.Objects;

/** A marketplace app's OAuth client id and secret; {@link #toString()} never shows the secret. */
public record ClientCredentials(String clientId, String clientSecret) {

    public ClientCredentials {
        requireVisible("clientId", clientId);
        requireVisible("clientSecret", clientSecret);
    }

    public static ClientCredentials of(String clientId, String clientSecret) {
        return new ClientCredentials(clientId, clientSecret);
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=****]";
    }

    private static void requireVisible(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException(field + " must be visible ASCII (no spaces or control characters)");
        }
    }
}
