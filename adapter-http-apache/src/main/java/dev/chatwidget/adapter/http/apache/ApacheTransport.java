package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.AbortedBeforeSending;
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
import java.time.Duration;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache HttpClient 5 classic: pooled, content compression on, no automatic retries (the core decides), no
 * redirects, no cookies, no header or wire logging (see {@link QuietConnection}). A shared watchdog aborts a call that outlives its deadline, since the response timeout
 * alone bounds only each read.
 */
final class ApacheTransport implements Transport {

    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final RequestConfig requestConfig;
    private final Duration responseTimeout;
    private volatile boolean closed;

    ApacheTransport(TransportSettings settings) {
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(QuietConnection.factory())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .build();
        this.responseTimeout = settings.responseTimeout();
        // Waiting for a pooled connection is bounded by the attempt's deadline (the watchdog cancels the lease).
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout().plus(settings.responseTimeout())))
                .setRedirectsEnabled(false)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @Override
    public Exchange prepare(TransportRequest request) {
        HttpUriRequestBase call = new HttpUriRequestBase(request.method(), request.uri());
        for (Header header : request.headers()) {
            call.addHeader(header.name(), header.value());
        }
        if (request.body().isPresent()) {
            // The Content-Type header is already set; the entity names none, so it is not sent twice.
            call.setEntity(new ByteArrayEntity(request.body().get(), null));
        }
        if (!request.responseTimeout().equals(responseTimeout)) {
            // Only a request with a timeout of its own needs a config of its own; the rest share the client's.
            call.setConfig(RequestConfig.copy(requestConfig).setResponseTimeout(Timeout.of(request.responseTimeout()))
                    .build());
        }
        return new Exchange() {
            @Override
            public TransportResponse execute() throws TransportException {
                return ApacheTransport.this.execute(call);
            }

            @Override
            public void abort() {
                call.cancel();
            }
        };
    }

    private TransportResponse execute(HttpUriRequestBase call) throws TransportException {
        if (closed) {
            throw TransportFailures.closed();
        }
        if (call.isCancelled()) {
            // Aborted before it was handed to the client: nothing was sent. (An abort from here on may come after
            // the connect, and is reported as one that may have reached the server.)
            throw TransportFailures.classify(new AbortedBeforeSending());
        }
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, call, null);
        } catch (IOException | RuntimeException e) {
            // After close the pool refuses leases with IllegalStateException("Connection pool shut down").
            throw closed ? TransportFailures.closed()
                    : TransportFailures.classify(e, ConnectTimeoutException.class, ConnectionRequestTimeoutException.class);
        }
        org.apache.hc.core5.http.Header[] received = response.getHeaders();
        ResponseHeaders.Builder headers = ResponseHeaders.builder(received.length);
        for (org.apache.hc.core5.http.Header h : received) {
            headers.add(h.getName(), h.getValue());
        }
        HttpEntity entity = response.getEntity();
        try {
            InputStream body = entity == null ? null : entity.getContent();
            return new TransportResponse(response.getCode(), headers.build(), body,
                    entity == null ? 0 : entity.getContentLength(), response);
        } catch (IOException | RuntimeException e) {
            closeQuietly(response);
            throw TransportFailures.classify(e);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // The exchange has already failed.
        }
    }

    /** Connection pool statistics, for tests. */
    PoolStats poolStats() {
        return pool.getTotalStats();
    }

    @Override
    public void close() {
        closed = true;
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }
}
