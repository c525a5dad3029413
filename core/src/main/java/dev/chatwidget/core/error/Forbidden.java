package dev.chatwidget.core.error;

import java.util.Objects;
import java.util.Optional;

/** 403: the token has no access to this location. */
public record Forbidden(String message, Optional<String> traceId) implements ChatWidgetError {

    public Forbidden {
        Objects.requireNonNull(message, "message");
        traceId = traceId == null ? Optional.empty() : traceId;
    }

    public static Forbidden of(String message) {
        return new Forbidden(message, Optional.empty());
    }

    @Override
    public int status() {
        return 403;
    }
}
