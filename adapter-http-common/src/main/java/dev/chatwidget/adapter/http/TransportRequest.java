package dev.chatwidget.adapter.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Transport} sends: method, encoded URI, headers, an optional body, and the time left for this attempt
 * (the transport must give up, and say so with an {@link java.io.InterruptedIOException}, once it has passed).
 */
public record TransportRequest(String method, URI uri, List<Header> headers, Optional<byte[]> body, Duration timeout) {

    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
        body = body == null ? Optional.empty() : body;
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Without the body or the Authorization value. */
    @Override
    public String toString() {
        return method + " " + uri + " " + headers;
    }
}
