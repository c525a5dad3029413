package dev.chatwidget.adapter.http.jdk;

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
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The JDK's {@link HttpClient} (HTTP/1.1, connect timeout from the config, redirects never followed, no cookies,
 * gzip accepted).
 * The request timeout bounds the wait for the response head (connect plus response timeout); an abort cancels the exchange
 * before the head and closes the body stream after it. JDK 17's client cannot be closed: closing this transport
 * refuses new exchanges, and idle connections end at the client's keep-alive timeout or when it is collected.
 */
final class JdkTransport implements Transport {

    private final HttpClient client;
    private final TransportSettings settings;
    /** Connect plus response timeout of the settings, the request timeout of nearly every request. */
    private final Duration headTimeout;
    private volatile boolean closed;

    JdkTransport(TransportSettings settings) {
        this.settings = settings;
        this.headTimeout = settings.connectTimeout().plus(settings.responseTimeout());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Exchange prepare(TransportRequest request) {
        // The request timeout runs from before connecting until the response head: both budgets.
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(request.connectTimeout().equals(settings.connectTimeout())
                        && request.responseTimeout().equals(settings.responseTimeout())
                        ? headTimeout : request.connectTimeout().plus(request.responseTimeout()));
        for (Header header : request.headers()) {
            builder.header(header.name(), header.value());
        }
        builder.header("Accept-Encoding", "gzip");
        builder.method(request.method(), request.body().map(HttpRequest.BodyPublishers::ofByteArray)
                .orElseGet(HttpRequest.BodyPublishers::noBody));
        return new JdkExchange(builder.build());
    }

    @Override
    public void close() {
        closed = true;
    }

    /**
     * One exchange: {@code send} on the caller's thread until the head arrives, then the body stream. Not
     * {@code sendAsync}: that hands the exchange to the client's executor and completes it on the common pool, two
     * thread hops per call that doubled the CPU time of a get. An abort before the head interrupts the caller's
     * {@code send} (which then cancels the exchange); after the head it closes the body stream.
     */
    private final class JdkExchange implements Exchange {

        private final HttpRequest request;
        private final InterruptibleSend send = new InterruptibleSend();

        JdkExchange(HttpRequest request) {
            this.request = request;
        }

        @Override
        public TransportResponse execute() throws TransportException {
            if (closed) {
                throw TransportFailures.closed();
            }
            HttpResponse<InputStream> response = send();
            InputStream body = response.body();
            send.received(body);
            Map<String, List<String>> received = response.headers().map();
            ResponseHeaders.Builder headers = ResponseHeaders.builder(received.size());
            for (Map.Entry<String, List<String>> entry : received.entrySet()) {
                for (String value : entry.getValue()) {
                    headers.add(entry.getKey(), value);
                }
            }
            ResponseHeaders built = headers.build();
            // The client's header map ignores case.
            long declared = declaredLength(received.get("Content-Length"));
            try {
                return TransportResponse.decoding(response.statusCode(), built, body, declared, body);
            } catch (IOException e) {
                InterruptibleSend.closeQuietly(body);
                throw TransportFailures.classify(e);
            }
        }

        private HttpResponse<InputStream> send() throws TransportException {
            try {
                return send.send(client, request);
            } catch (IOException | RuntimeException e) {
                throw TransportFailures.classify(e);
            }
        }

        @Override
        public void abort() {
            send.abort();
        }
    }

    /** The declared body length; -1 when there is none or it is unreadable (the body is then read to its end). */
    private static long declaredLength(List<String> values) {
        if (values == null || values.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(values.get(0).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
