package dev.chatwidget.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline for the Apache adapter: a pooled HttpClient 5 classic client and Jackson, doing the same request
 * and decoding the body into a plain {@link JsonNode}, with nothing else (no error model, no rate-limit headers,
 * no mapping to domain values).
 */
@State(Scope.Benchmark)
public class RawApache {

    /** Pool size used by both the baseline and the adapter under test. */
    static final int POOL = 32;

    private final ObjectMapper mapper = new ObjectMapper();
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

    JsonNode get() throws IOException {
        return call(Requests.get(base, WidgetFixture.LOCATION, WidgetFixture.WIDGET_ID));
    }

    JsonNode list() throws IOException {
        return call(Requests.list(base, WidgetFixture.LOCATION, 0, Requests.LIST_LIMIT));
    }

    private JsonNode call(String uri) throws IOException {
        HttpGet request = new HttpGet(uri);
        request.setHeader(HttpHeaders.AUTHORIZATION, Requests.AUTHORIZATION);
        request.setHeader(Requests.VERSION_HEADER, Requests.VERSION);
        request.setHeader(HttpHeaders.ACCEPT, Requests.ACCEPT);
        return client.execute(request, response -> {
            if (response.getCode() != HttpStatus.SC_OK) {
                throw new IOException("unexpected status " + response.getCode());
            }
            try (InputStream in = response.getEntity().getContent()) {
                return mapper.readTree(in);
            }
        });
    }
}
