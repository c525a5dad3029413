package dev.chatwidget.adapter.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Transport} sends: method, encoded URI, headers, an optional body, the connect timeout and the
 * response (read-idle) timeout. The attempt's deadline is not here: the {@link DeadlineWatchdog} aborts the exchange.
 */
public record TransportRequest(String method, URI uri, List<Header> headers, Optional<byte[]> body,
                               Duration connectTimeout, Duration responseTimeout) {

    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
        body = body == null ? Optional.empty() : body;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
    }

    /** Without the body or the Authorization value. */
    @Override
    public String toString() {
        return method + " " + uri + " " + headers;
    }
}
