package dev.chatwidget.core.error;

import java.util.Objects;
import java.util.Optional;

/** 401: the token is missing, invalid, expired or lacks the scope. */
public record Unauthorized(String message, Optional<String> traceId) implements ChatWidgetError {

    public Unauthorized {
        Objects.requireNonNull(message, "message");
        traceId = traceId == null ? Optional.empty() : traceId;
    }

    public static Unauthorized of(String message) {
        return new Unauthorized(message, Optional.empty());
    }

    @Override
    public int status() {
        return 401;
    }
}
