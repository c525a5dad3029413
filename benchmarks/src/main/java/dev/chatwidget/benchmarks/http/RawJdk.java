package dev.chatwidget.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The baseline for the JDK adapter: the JDK's {@code java.net.http.HttpClient} (HTTP/1.1, as the fake and the
 * service speak it on plain connections) and Jackson, doing the same requests and nothing else.
 */
@State(Scope.Benchmark)
public class RawJdk extends RawStack {

    private HttpClient client;
    private String base;

    @Setup(Level.Trial)
    public void open(ServerState server) {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        base = server.baseUri().toString();
    }

    @Override
    <T> T call(String method, String pathAndQuery, byte[] body, RawJson.BodyReader<T> reader) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Authorization", Requests.AUTHORIZATION)
                .header(Requests.VERSION_HEADER, Requests.VERSION)
                .header("Accept", Requests.ACCEPT);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", Requests.CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw unexpected(response.statusCode());
            }
            return reader.read(in);
        }
    }
}
