package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.ResponseHeaders;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportFailures;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import dev.chatwidget.adapter.http.TransportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The JDK's {@link HttpClient} (HTTP/1.1, connect timeout from the config, redirects never followed, no cookies,
 * gzip accepted).
 * The request timeout bounds the wait for the response head (connect plus response timeout); an abort cancels the exchange
 * before the head and closes the body stream after it. JDK 17's client cannot be closed: closing this transport
 * refuses new exchanges, and idle connections end at the client's keep-alive timeout or when it is collected.
 */
final class JdkTransport implements Transport {

    private final HttpClient client;
    private volatile boolean closed;

    JdkTransport(TransportSettings settings) {
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
                .timeout(request.connectTimeout().plus(request.responseTimeout()));
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

    /** One exchange: the future until the head arrives, then the body stream. */
    private final class JdkExchange implements Exchange {

        private final HttpRequest request;
        private volatile CompletableFuture<HttpResponse<InputStream>> sent;
        private volatile InputStream body;
        private volatile boolean aborted;

        JdkExchange(HttpRequest request) {
            this.request = request;
        }

        @Override
        public TransportResponse execute() throws TransportException {
            if (closed) {
                throw TransportFailures.closed();
            }
            HttpResponse<InputStream> response;
            try {
                sent = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
                if (aborted) {
                    sent.cancel(true);
                }
                response = sent.get();
            } catch (ExecutionException e) {
                throw TransportFailures.classify(e.getCause() == null ? e : e.getCause());
            } catch (CancellationException e) {
                throw TransportFailures.classify(new InterruptedIOException("aborted"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw TransportFailures.classify(new InterruptedIOException("interrupted"));
            } catch (RuntimeException e) {
                throw TransportFailures.classify(e);
            }
            body = response.body();
            if (aborted) {
                closeQuietly(body);
            }
            ResponseHeaders.Builder headers = ResponseHeaders.builder();
            for (Map.Entry<String, List<String>> entry : response.headers().map().entrySet()) {
                entry.getValue().forEach(value -> headers.add(entry.getKey(), value));
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            try {
                return TransportResponse.decoding(response.statusCode(), headers.build(), body, declared, body);
            } catch (IOException e) {
                closeQuietly(body);
                throw TransportFailures.classify(e);
            }
        }

        @Override
        public void abort() {
            aborted = true;
            CompletableFuture<HttpResponse<InputStream>> future = sent;
            if (future != null) {
                future.cancel(true);
            }
            closeQuietly(body);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // Closing is best effort: the exchange's outcome is already decided.
            }
        }
    }
}
