package dev.chatwidget.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline for the Apache adapter: a pooled HttpClient 5 classic client and Jackson, doing the same requests
 * and nothing else (no error model, no rate-limit headers, no domain values).
 */
@State(Scope.Benchmark)
public class RawApache extends RawStack {

    /** Pool size used by both the baseline and the adapter under test. */
    static final int POOL = 32;

    private CloseableHttpClient client;
    private String base;

    @Setup(Level.Trial)
    public void open(ServerState server) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(POOL).setMaxConnPerRoute(POOL).build();
        client = HttpClients.custom().setConnectionManager(pool).disableCookieManagement().build();
        base = server.baseUri().toString();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        client.close();
    }

    @Override
    <T> T call(String method, String pathAndQuery, byte[] body, RawJson.BodyReader<T> reader) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(base + pathAndQuery));
        request.setHeader(HttpHeaders.AUTHORIZATION, Requests.AUTHORIZATION);
        request.setHeader(Requests.VERSION_HEADER, Requests.VERSION);
        request.setHeader(HttpHeaders.ACCEPT, Requests.ACCEPT);
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        return client.execute(request, response -> {
            if (response.getCode() / 100 != 2) {
                throw unexpected(response.getCode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                return reader.read(in);
            }
        });
    }
}
