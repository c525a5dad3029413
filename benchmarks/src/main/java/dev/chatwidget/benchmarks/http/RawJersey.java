package dev.chatwidget.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline for the Jersey adapter: a Jersey client on the same JDK HttpClient connector (jnh) and Jackson,
 * doing the same request and decoding into a plain {@link JsonNode}, with nothing else.
 */
@State(Scope.Benchmark)
public class RawJersey {

    private final ObjectMapper mapper = new ObjectMapper();
    private Client client;
    private WebTarget base;

    @Setup(Level.Trial)
    public void open(ServerState server) {
        client = ClientBuilder.newClient(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()));
        base = client.target(server.baseUri());
    }

    @TearDown(Level.Trial)
    public void close() {
        client.close();
    }

    JsonNode get() throws IOException {
        return call(base.path("chat-widget/data").path(WidgetFixture.LOCATION).path(WidgetFixture.WIDGET_ID));
    }

    JsonNode list() throws IOException {
        return call(base.path("chat-widget/list").queryParam("locationId", WidgetFixture.LOCATION)
                .queryParam("offset", "0").queryParam("limit", String.valueOf(Requests.LIST_LIMIT)));
    }

    private JsonNode call(WebTarget target) throws IOException {
        try (Response response = target.request()
                .header(HttpHeaders.AUTHORIZATION, Requests.AUTHORIZATION)
                .header(Requests.VERSION_HEADER, Requests.VERSION)
                .header(HttpHeaders.ACCEPT, Requests.ACCEPT)
                .get()) {
            if (response.getStatus() != 200) {
                throw new IOException("unexpected status " + response.getStatus());
            }
            try (InputStream in = response.readEntity(InputStream.class)) {
                return mapper.readTree(in);
            }
        }
    }
}
