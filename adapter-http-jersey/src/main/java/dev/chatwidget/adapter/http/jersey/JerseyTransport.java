package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.BoundedBody;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.ResponseHeaders;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import dev.chatwidget.adapter.http.Watchdog;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;

/**
 * The Jersey client on the JDK HTTP client connector: bytes in and out (the JSON is the common module's), gzip
 * accepted, redirects not followed. The JDK client's request timeout ends when the response head arrives, so a
 * watchdog closes a body that is still streaming when the call's deadline passes.
 */
final class JerseyTransport implements Transport {

    private final Client client;
    private final ScheduledExecutorService watchdog;
    private final int maxResponseBytes;
    private final long headTimeoutMillis;

    JerseyTransport(HttpConfig config) {
        this.maxResponseBytes = config.maxResponseBytes();
        // The JDK client's request timeout runs from before connecting until the response head: both budgets.
        this.headTimeoutMillis = config.connectTimeout().plus(config.responseTimeout()).toMillis();
        ClientConfig clientConfig = new ClientConfig()
                .connectorProvider(new JavaNetHttpConnectorProvider())
                .property(ClientProperties.FOLLOW_REDIRECTS, false)
                // Ignored by this connector (the JDK client it builds has no connect timeout): the request
                // timeout below and the call deadline bound the connect phase instead.
                .property(ClientProperties.CONNECT_TIMEOUT, (int) config.connectTimeout().toMillis())
                .property(ClientProperties.READ_TIMEOUT, (int) Math.min(Integer.MAX_VALUE, headTimeoutMillis))
                .register(RawEntityCapture.class);
        this.client = JerseyClientBuilder.createClient(clientConfig);
        this.watchdog = Watchdog.create("chat-widget-jersey-watchdog");
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        Invocation.Builder builder = client.target(request.uri()).request();
        String contentType = MediaType.APPLICATION_JSON;
        for (Header header : request.headers()) {
            if (header.name().equalsIgnoreCase("Content-Type")) {
                contentType = header.value();
            } else {
                builder.header(header.name(), header.value());
            }
        }
        builder.header("Accept-Encoding", "gzip");
        long timeout = Math.max(1, Math.min(headTimeoutMillis, request.timeout().toMillis()));
        builder.property(ClientProperties.READ_TIMEOUT, (int) Math.min(Integer.MAX_VALUE, timeout));
        AtomicReference<InputStream> raw = new AtomicReference<>();
        builder.property(RawEntityCapture.PROPERTY, raw);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            expired.set(true);
            closeQuietly(raw.get());
        }, request.timeout().toNanos(), TimeUnit.NANOSECONDS);
        try (Response response = invoke(builder, request, contentType)) {
            ResponseHeaders headers = headers(response);
            return new TransportResponse(response.getStatus(), headers, body(raw.get(), response, headers));
        } catch (IOException e) {
            if (expired.get()) {
                InterruptedIOException timedOut = new InterruptedIOException(
                        "call deadline of " + request.timeout().toMillis() + " ms passed");
                timedOut.initCause(e);
                throw timedOut;
            }
            throw e;
        } finally {
            deadline.cancel(false);
            closeQuietly(raw.get());
        }
    }

    private static Response invoke(Invocation.Builder builder, TransportRequest request, String contentType)
            throws IOException {
        try {
            return request.body().isPresent()
                    ? builder.method(request.method(), Entity.entity(request.body().get(), contentType))
                    : builder.method(request.method());
        } catch (ProcessingException e) {
            throw unwrap(e);
        }
    }

    private byte[] body(InputStream raw, Response response, ResponseHeaders headers) throws IOException {
        if (raw == null) {
            return new byte[0];
        }
        boolean gzip = headers.first("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
                .orElse(false);
        // A gzip body's declared length is its compressed size: the cap applies to what it inflates to.
        InputStream in = gzip ? new GZIPInputStream(raw) : raw;
        return BoundedBody.read(in, gzip ? -1 : response.getLength(), maxResponseBytes, response.getStatus(), headers);
    }

    private static ResponseHeaders headers(Response response) {
        ResponseHeaders.Builder headers = ResponseHeaders.builder();
        for (Map.Entry<String, List<String>> entry : response.getStringHeaders().entrySet()) {
            entry.getValue().forEach(value -> headers.add(entry.getKey(), value));
        }
        return headers.build();
    }

    /** Jersey wraps I/O failures; the gateway classifies the I/O failure itself. */
    private static IOException unwrap(ProcessingException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return new IOException(e.getMessage(), e);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // Closing is best effort: the call's outcome is already decided.
            }
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close();
    }
}
