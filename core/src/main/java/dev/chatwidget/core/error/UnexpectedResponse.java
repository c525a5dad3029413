package dev.chatwidget.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * A response that could not be understood: malformed or truncated JSON, HTML, an unclassifiable status.
 *
 * @param excerpt a short, secret-free excerpt of the body
 */
public record UnexpectedResponse(int status, String message, String excerpt, Optional<String> traceId)
        implements ChatWidgetError {

    public UnexpectedResponse {
        Objects.requireNonNull(message, "message");
        excerpt = excerpt == null ? "" : excerpt;
        traceId = traceId == null ? Optional.empty() : traceId;
    }
}
