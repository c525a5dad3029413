package dev.chatwidget.benchmarks.http;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
 * doing the same requests and nothing else.
 */
@State(Scope.Benchmark)
public class RawJersey extends RawStack {

    private Client client;
    private String base;

    @Setup(Level.Trial)
    public void open(ServerState server) {
        client = ClientBuilder.newClient(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()));
        base = server.baseUri().toString();
    }

    @TearDown(Level.Trial)
    public void close() {
        client.close();
    }

    @Override
    <T> T call(String method, String pathAndQuery, byte[] body, RawJson.BodyReader<T> reader) throws IOException {
        Invocation.Builder request = client.target(base + pathAndQuery).request()
                .header(HttpHeaders.AUTHORIZATION, Requests.AUTHORIZATION)
                .header(Requests.VERSION_HEADER, Requests.VERSION)
                .header(HttpHeaders.ACCEPT, Requests.ACCEPT);
        try (Response response = body == null ? request.method(method)
                : request.method(method, Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
            if (response.getStatus() / 100 != 2) {
                throw unexpected(response.getStatus());
            }
            try (InputStream in = response.readEntity(InputStream.class)) {
                return reader.read(in);
            }
        }
    }
}
