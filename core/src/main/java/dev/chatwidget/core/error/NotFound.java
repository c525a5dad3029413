package dev.chatwidget.core.error;

import java.util.Objects;
import java.util.Optional;

/** 404: no such widget, or it was deleted. */
public record NotFound(String message, Optional<String> traceId) implements ChatWidgetError {

    public NotFound {
        Objects.requireNonNull(message, "message");
        traceId = traceId == null ? Optional.empty() : traceId;
    }

    public static NotFound of(String message) {
        return new NotFound(message, Optional.empty());
    }

    @Override
    public int status() {
        return 404;
    }
}
