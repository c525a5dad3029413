package dev.chatwidget.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * No usable response: connection refused, reset, timed out, and so on.
 *
 * @param mayHaveReachedServer false only when the request certainly never reached the server (e.g. connection
 *                             refused), which is what makes retrying a create or clone safe
 */
public record TransportFailure(String message, boolean mayHaveReachedServer, Optional<String> traceId)
        implements ChatWidgetError {

    public TransportFailure {
        Objects.requireNonNull(message, "message");
        traceId = traceId == null ? Optional.empty() : traceId;
    }

    public static TransportFailure of(String message, boolean mayHaveReachedServer) {
        return new TransportFailure(message, mayHaveReachedServer, Optional.empty());
    }

    @Override
    public int status() {
        return 0;
    }
}
