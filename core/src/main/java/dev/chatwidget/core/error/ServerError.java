package dev.chatwidget.core.error;

import java.util.Objects;
import java.util.Optional;

/** 5xx: the service failed; often transient. */
public record ServerError(int status, String message, Optional<String> traceId) implements ChatWidgetError {

    public ServerError {
        Objects.requireNonNull(message, "message");
        traceId = traceId == null ? Optional.empty() : traceId;
    }
}
