package dev.chatwidget.adapter.http;

import java.util.Objects;

/** What a {@link Transport} received: status, headers and the whole body (at most the configured size). */
public record TransportResponse(int status, ResponseHeaders headers, byte[] body) {

    public TransportResponse {
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String toString() {
        return "TransportResponse[" + status + ", " + body.length + " bytes]";
    }
}
