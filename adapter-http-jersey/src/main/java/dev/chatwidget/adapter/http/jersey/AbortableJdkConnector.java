package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.InterruptibleSend;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Configuration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.message.internal.Statuses;

/**
 * Jersey's connector on the JDK HTTP client, written here because Jersey's own ({@code jersey-jnh-connector})
 * builds its client without a connect timeout (so a connect that hangs counted as "may have reached the server")
 * and cannot be aborted before the response head arrives. This one honours {@link ClientProperties#CONNECT_TIMEOUT},
 * never follows redirects, takes {@link ClientProperties#READ_TIMEOUT} as the wait for the head, sends on the
 * caller's thread, and registers that thread with the {@link InterruptibleSend} named by the request property
 * {@link #PENDING_SEND}, whose abort interrupts the send (which cancels the exchange).
 */
final class AbortableJdkConnector implements Connector {

    /** The request property holding the exchange's {@link InterruptibleSend}. */
    static final String PENDING_SEND = "dev.chatwidget.pendingSend";

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = caseInsensitive("Connection", "Content-Length", "Expect", "Host",
            "Upgrade");

    private final HttpClient client;

    AbortableJdkConnector(Configuration configuration) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        int connectTimeout = ClientProperties.getValue(configuration.getProperties(), ClientProperties.CONNECT_TIMEOUT,
                0, Integer.class);
        if (connectTimeout > 0) {
            builder.connectTimeout(Duration.ofMillis(connectTimeout));
        }
        this.client = builder.build();
    }

    @Override
    public ClientResponse apply(ClientRequest request) {
        InterruptibleSend property = request.resolveProperty(PENDING_SEND, InterruptibleSend.class);
        // Without the property (Jersey used on its own) nothing can abort the send.
        InterruptibleSend pending = property != null ? property : new InterruptibleSend();
        HttpRequest sent = httpRequest(request);
        HttpResponse<InputStream> received;
        try {
            // On the caller's thread, as the raw client's own blocking call does: sendAsync(...).get() would hand
            // the exchange to the client's executor and complete it on the common pool, two thread hops per call.
            received = pending.send(client, sent);
        } catch (IOException | RuntimeException e) {
            throw new ProcessingException(e);
        }
        ClientResponse response = new ClientResponse(Statuses.from(received.statusCode()), request);
        for (Map.Entry<String, List<String>> header : received.headers().map().entrySet()) {
            header.getValue().forEach(value -> response.getHeaders().add(header.getKey(), value));
        }
        response.setEntityStream(received.body());
        return response;
    }

    private static HttpRequest httpRequest(ClientRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.getUri());
        Integer readTimeout = request.resolveProperty(ClientProperties.READ_TIMEOUT, Integer.class);
        if (readTimeout != null && readTimeout > 0) {
            builder.timeout(Duration.ofMillis(readTimeout));
        }
        request.getStringHeaders().forEach((name, values) -> {
            if (!RESTRICTED.contains(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.method(request.getMethod(), body(request)).build();
    }

    private static HttpRequest.BodyPublisher body(ClientRequest request) {
        if (!request.hasEntity()) {
            return HttpRequest.BodyPublishers.noBody();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        request.setStreamProvider(contentLength -> out);
        try {
            request.writeEntity();
        } catch (IOException e) {
            throw new ProcessingException(e);
        }
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    /** The transport only invokes synchronously. */
    @Override
    public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
        ProcessingException unsupported = new ProcessingException("asynchronous invocation is not supported");
        callback.failure(unsupported);
        return CompletableFuture.failedFuture(unsupported);
    }

    @Override
    public String getName() {
        return "chat-widget JDK HTTP client connector";
    }

    /** JDK 17's client cannot be closed; its idle connections end at their keep-alive timeout. */
    @Override
    public void close() {
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
