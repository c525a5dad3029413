package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.InterruptibleSend;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;

/**
 * Hands the raw response stream to the exchange before Jersey looks at it, so that no media-type parsing or
 * entity reader stands between the bytes and the common module's decoding (a proxy's malformed Content-Type must
 * not turn a 403 into an I/O failure), and so an abort can close it.
 */
final class RawEntityCapture implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (request.getProperty(AbortableJdkConnector.PENDING_SEND) instanceof InterruptibleSend pending && response.hasEntity()) {
            pending.received(response.getEntityStream());
            response.setEntityStream(new ByteArrayInputStream(new byte[0]));
        }
    }
}
