package dev.chatwidget.adapter.http.jersey;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the raw response stream to the transport before Jersey looks at it, so that no media-type parsing or
 * entity reader stands between the bytes and the common module's decoding (a proxy's malformed Content-Type must
 * not turn a 403 into an I/O failure), and so the transport can close it when the call's deadline passes.
 */
final class RawEntityCapture implements ClientResponseFilter {

    static final String PROPERTY = "dev.chatwidget.rawEntity";

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        Object holder = request.getProperty(PROPERTY);
        if (holder instanceof AtomicReference<?> && response.hasEntity()) {
            @SuppressWarnings("unchecked")
            AtomicReference<InputStream> raw = (AtomicReference<InputStream>) holder;
            raw.set(response.getEntityStream());
            response.setEntityStream(new ByteArrayInputStream(new byte[0]));
        }
    }
}
