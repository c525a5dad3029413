package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.BoundedBody;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.ResponseHeaders;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import dev.chatwidget.adapter.http.Watchdog;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
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
    private final ScheduledExecutorService watchdog;
    private final int maxResponseBytes;

    ApacheTransport(HttpConfig config) {
        this.maxResponseBytes = config.maxResponseBytes();
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(QuietConnection.factory())
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(config.connectTimeout()))
                        .setSocketTimeout(Timeout.of(config.responseTimeout()))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(config.callTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
        this.watchdog = Watchdog.create("chat-widget-apache-watchdog");
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        HttpUriRequestBase call = new HttpUriRequestBase(request.method(), request.uri());
        for (Header header : request.headers()) {
            call.addHeader(header.name(), header.value());
        }
        if (request.body().isPresent()) {
            // The Content-Type header is already set; the entity names none, so it is not sent twice.
            call.setEntity(new ByteArrayEntity(request.body().get(), null));
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            expired.set(true);
            call.cancel();
        }, request.timeout().toNanos(), TimeUnit.NANOSECONDS);
        try {
            return client.execute(call, response -> {
                ResponseHeaders.Builder headers = ResponseHeaders.builder();
                for (org.apache.hc.core5.http.Header h : response.getHeaders()) {
                    headers.add(h.getName(), h.getValue());
                }
                ResponseHeaders received = headers.build();
                HttpEntity entity = response.getEntity();
                byte[] body = entity == null ? new byte[0] : BoundedBody.read(entity.getContent(),
                        entity.getContentLength(), maxResponseBytes, response.getCode(), received);
                return new TransportResponse(response.getCode(), received, body);
            });
        } catch (IOException | RuntimeException e) {
            if (expired.get()) {
                InterruptedIOException timeout = new InterruptedIOException(
                        "call deadline of " + request.timeout().toMillis() + " ms passed");
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    @Override
    public boolean neverConnected(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectTimeoutException || t instanceof ConnectionRequestTimeoutException) {
                return true;
            }
        }
        return Transport.super.neverConnected(failure);
    }

    /** Connection pool statistics, for tests. */
    PoolStats poolStats() {
        return pool.getTotalStats();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }
}
