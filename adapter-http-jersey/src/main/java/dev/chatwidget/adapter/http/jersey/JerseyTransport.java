package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.InterruptibleSend;
import dev.chatwidget.adapter.http.ResponseHeaders;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportFailures;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import dev.chatwidget.adapter.http.TransportSettings;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;

/**
 * The Jersey client on our JDK HTTP client connector ({@link AbortableJdkConnector}): bytes in and out (the JSON is the common module's), gzip
 * accepted, redirects not followed. The JDK client's request timeout ends when the response head arrives; an
 * abort (the attempt's deadline) closes a body that is still streaming.
 */
final class JerseyTransport implements Transport {

    private final Client client;
    private volatile boolean closed;

    JerseyTransport(TransportSettings settings) {
        ClientConfig clientConfig = new ClientConfig()
                .connectorProvider((client, configuration) -> new AbortableJdkConnector(configuration))
                .property(ClientProperties.FOLLOW_REDIRECTS, false)
                .property(ClientProperties.CONNECT_TIMEOUT,
                        (int) Math.max(1, Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis())))
                .register(RawEntityCapture.class);
        // Jersey builds its runtime (injection, providers, our connector) on the first request unless told
        // otherwise: seconds on a busy machine, spent before the connector starts the connect timeout, so a first
        // call could outlive its deadline and be aborted before anything was sent. Build it now instead.
        this.client = JerseyClientBuilder.createClient(clientConfig).preInitialize();
    }

    @Override
    public Exchange prepare(TransportRequest request) {
        return new JerseyExchange(request);
    }

    /** One invocation; abort cancels it before the head and closes the raw body stream after it. */
    private final class JerseyExchange implements Exchange {

        private final TransportRequest request;
        private final InterruptibleSend pending = new InterruptibleSend();

        JerseyExchange(TransportRequest request) {
            this.request = request;
        }

        @Override
        public TransportResponse execute() throws TransportException {
            if (closed) {
                throw TransportFailures.closed();
            }
            Response response;
            try {
                response = invoke(request, pending);
            } catch (ProcessingException | IllegalStateException e) {
                // After close Jersey refuses with IllegalStateException("Client instance has been closed").
                throw closed ? TransportFailures.closed() : TransportFailures.classify(unwrap(e));
            } catch (RuntimeException e) {
                throw TransportFailures.classify(e);
            }
            InputStream body = pending.body();
            try {
                return TransportResponse.decoding(response.getStatus(), headers(response), body,
                        response.getLength(), () -> {
                            InterruptibleSend.closeQuietly(body);
                            response.close();
                        });
            } catch (IOException e) {
                InterruptibleSend.closeQuietly(body);
                response.close();
                throw TransportFailures.classify(e);
            }
        }

        @Override
        public void abort() {
            pending.abort();
        }
    }

    private Response invoke(TransportRequest request, InterruptibleSend pending) {
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
        // The JDK client's request timeout runs from before connecting until the response head: both budgets.
        long headTimeout = request.connectTimeout().plus(request.responseTimeout()).toMillis();
        builder.property(ClientProperties.READ_TIMEOUT, (int) Math.max(1, Math.min(Integer.MAX_VALUE, headTimeout)));
        builder.property(AbortableJdkConnector.PENDING_SEND, pending);
        return request.body().isPresent()
                ? builder.method(request.method(), Entity.entity(request.body().get(), contentType))
                : builder.method(request.method());
    }

    private static ResponseHeaders headers(Response response) {
        ResponseHeaders.Builder headers = ResponseHeaders.builder();
        for (Map.Entry<String, List<String>> entry : response.getStringHeaders().entrySet()) {
            entry.getValue().forEach(value -> headers.add(entry.getKey(), value));
        }
        return headers.build();
    }

    /** Jersey wraps I/O failures in its own exception; the cause says what happened. */
    private static Throwable unwrap(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return e;
    }

    @Override
    public void close() {
        closed = true;
        client.close();
    }
}
