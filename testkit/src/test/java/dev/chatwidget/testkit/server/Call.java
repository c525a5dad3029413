package dev.chatwidget.testkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request to the fake server through the JDK's HttpClient (not our adapters), with the usual headers preset. */
final class Call {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeHighLevelServer server;
    private final String method;
    private final String pathAndQuery;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private Duration timeout = Duration.ofSeconds(10);

    private Call(FakeHighLevelServer server, String method, String pathAndQuery) {
        this.server = server;
        this.method = method;
        this.pathAndQuery = pathAndQuery;
        headers.put("Version", "v3");
    }

    static Call call(FakeHighLevelServer server, String method, String pathAndQuery) {
        return new Call(server, method, pathAndQuery);
    }

    Call token(String token) {
        return header("Authorization", "Bearer " + token);
    }

    Call header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Call withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    Call body(String json) {
        this.body = json;
        return header("Content-Type", "application/json");
    }

    Call timeout(Duration value) {
        this.timeout = value;
        return this;
    }

    Response send() {
        try {
            return sendOrThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends, letting transport failures (closed connection, truncated body) surface as exceptions. */
    Response sendOrThrow() throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + pathAndQuery))
                .timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A received response. */
    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
