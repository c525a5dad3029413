package dev.chatwidget.testkit.transport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.transport.RawHttpServer.Request;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link Transport} must do, over real sockets on loopback (AWS's {@code SdkHttpClientTestSuite}, Azure's
 * {@code HttpClientTests}): every method with its headers and body, statuses and response headers, connect and
 * response timeouts classified alike, abort mid-body, connection reuse, large, gzipped and truncated bodies, the
 * declared length the size cap relies on, redirects not followed, and nothing but {@link TransportException} thrown.
 * A transport module extends it and names its factory.
 */
@Timeout(30)
public abstract class TransportContract {

    protected static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    protected static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(400);

    private final List<AutoCloseable> closing = new ArrayList<>();
    private RawHttpServer server;
    private Transport transport;

    /** The transport under test, built from {@code settings}. */
    protected abstract Transport transport(TransportSettings settings);

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer();
        transport = transport(TransportSettings.defaults().withConnectTimeout(CONNECT_TIMEOUT)
                .withResponseTimeout(RESPONSE_TIMEOUT));
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.close();
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private TransportRequest request(String method, URI uri, byte[] body) {
        return new TransportRequest(method, uri, List.of(new Header("X-Test", "one two"),
                new Header("Content-Type", "application/json")), Optional.ofNullable(body), CONNECT_TIMEOUT,
                RESPONSE_TIMEOUT);
    }

    private TransportResponse send(String method, String path, byte[] body) throws TransportException {
        return transport.prepare(request(method, server.uri(path), body)).execute();
    }

    private static byte[] readAll(TransportResponse response) throws IOException {
        try (response) {
            return response.body().readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "PATCH", "POST", "DELETE"})
    void every_method_arrives_with_its_target_headers_and_body(String method) throws IOException {
        byte[] body = method.equals("GET") || method.equals("DELETE") ? null : "{\"é\":1}".getBytes(UTF_8);
        server.next(RawHttpServer.ok("{\"ok\":true}"));

        byte[] received = readAll(send(method, "/a/b%2Fc?x=1&y=%20", body));

        Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo(method);
        assertThat(request.target()).isEqualTo("/a/b%2Fc?x=1&y=%20");
        assertThat(request.header("X-Test")).containsExactly("one two");
        assertThat(request.body()).isEqualTo(body == null ? new byte[0] : body);
        assertThat(new String(received, UTF_8)).isEqualTo("{\"ok\":true}");
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 400, 401, 404, 429, 503})
    void the_status_and_every_response_header_come_back(int status) throws IOException {
        server.next(RawHttpServer.respond(status, List.of("X-RateLimit-Remaining: 7", "Set-Thing: a", "Set-Thing: b"),
                "body".getBytes(UTF_8)));

        try (TransportResponse response = send("GET", "/s", null)) {
            assertThat(response.status()).isEqualTo(status);
            assertThat(response.headers().first("x-ratelimit-remaining")).contains("7");
            assertThat(response.headers().all("Set-Thing")).containsExactly("a", "b");
            assertThat(response.declaredLength()).isEqualTo(4);
            assertThat(response.body().readAllBytes()).isEqualTo("body".getBytes(UTF_8));
        }
    }

    @Test
    protected void a_connect_that_gets_no_answer_times_out_and_says_no_connection_was_made() throws IOException {
        InetSocketAddress nowhere = RawHttpServer.unanswering(closing);
        URI uri = URI.create("http://127.0.0.1:" + nowhere.getPort() + "/x");
        Exchange exchange = transport.prepare(request("POST", uri, new byte[] {1}));
        // A bound on the test only: the transport's own connect timeout must end it long before.
        Exchange guarded = abortAfter(exchange, Duration.ofSeconds(5));

        long started = System.nanoTime();
        TransportException failure = catchThrowableOfType(TransportException.class, guarded::execute);

        assertThat(failure).isNotNull();
        assertThat(failure.connected()).as(failure.toString()).isFalse();
        assertThat(failure.timedOut()).as(failure.toString()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_refused_connection_says_no_connection_was_made() throws IOException {
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        Exchange exchange = transport.prepare(request("POST", URI.create("http://127.0.0.1:" + port + "/"), null));

        TransportException failure = catchThrowableOfType(TransportException.class, exchange::execute);

        assertThat(failure.connected()).isFalse();
        assertThat(failure.timedOut()).isFalse();
    }

    @Test
    void a_server_that_never_answers_times_out_and_may_have_received_the_request() {
        server.next((request, out, socket) -> sleep(Duration.ofSeconds(5)));

        long started = System.nanoTime();
        TransportException failure = catchThrowableOfType(TransportException.class, () -> send("PUT", "/slow", new byte[] {1}));

        assertThat(failure.connected()).isTrue();
        assertThat(failure.timedOut()).as(failure.toString()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void an_abort_mid_body_ends_the_read_at_once() throws Exception {
        server.next((request, out, socket) -> {
            out.write("HTTP/1.1 200 X\r\nContent-Length: 1000000\r\n\r\n0123456789".getBytes(UTF_8));
            out.flush();
            sleep(Duration.ofSeconds(10));
        });
        Exchange exchange = transport.prepare(request("GET", server.uri("/stall"), null));
        TransportResponse response = exchange.execute();
        InputStream body = response.body();
        byte[] start = body.readNBytes(10);

        CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS).execute(exchange::abort);
        long started = System.nanoTime();
        int read;
        try {
            read = body.readNBytes(1_000_000 - 10).length;
        } catch (IOException aborted) {
            read = -1;
        } finally {
            response.close();
        }

        assertThat(new String(start, UTF_8)).isEqualTo("0123456789");
        assertThat(read).isLessThan(1_000_000 - 10);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void an_abort_before_the_response_head_ends_execute_at_once() {
        server.next((request, out, socket) -> sleep(Duration.ofSeconds(10)));
        TransportRequest slow = new TransportRequest("GET", server.uri("/head"), List.of(), Optional.empty(),
                CONNECT_TIMEOUT, Duration.ofSeconds(20));
        Exchange exchange = transport.prepare(slow);
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(exchange::abort);

        long started = System.nanoTime();
        TransportException failure = catchThrowableOfType(TransportException.class, exchange::execute);

        assertThat(failure).isNotNull();
        assertThat(failure.connected()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void an_exchange_aborted_before_it_is_sent_says_no_connection_was_made() {
        server.always(RawHttpServer.ok("{}"));
        Exchange exchange = transport.prepare(new TransportRequest("POST", server.uri("/x"), List.of(),
                Optional.of(new byte[] {1}), CONNECT_TIMEOUT, RESPONSE_TIMEOUT));
        exchange.abort();

        TransportException failure = catchThrowableOfType(TransportException.class, exchange::execute);

        assertThat(failure).isNotNull();
        // Never connected: a retry of even a POST cannot send it twice.
        assertThat(failure.connected()).as(failure.toString()).isFalse();
        assertThat(failure.timedOut()).as(failure.toString()).isTrue();
        assertThat(server.connections()).as("connections that reached the server").isZero();
    }

    @Test
    void a_connection_whose_body_was_read_is_reused() throws IOException {
        server.always(RawHttpServer.ok("{\"n\":1}"));

        for (int i = 0; i < 3; i++) {
            readAll(send("GET", "/r" + i, null));
        }

        assertThat(server.requests()).hasSize(3);
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void a_large_body_arrives_whole_with_its_declared_length() throws IOException {
        byte[] large = new byte[3 * 1024 * 1024];
        Arrays.fill(large, (byte) 'x');
        server.next(RawHttpServer.respond(200, List.of(), large));

        try (TransportResponse response = send("GET", "/large", null)) {
            assertThat(response.declaredLength()).isEqualTo(large.length);
            assertThat(response.body().readAllBytes()).isEqualTo(large);
        }
    }

    @Test
    void a_gzipped_body_is_inflated_and_its_compressed_length_not_declared() throws IOException {
        byte[] plain = "{\"zipped\":true}".repeat(100).getBytes(UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(plain);
        }
        server.next(RawHttpServer.respond(200, List.of("Content-Encoding: gzip"), zipped.toByteArray()));

        try (TransportResponse response = send("GET", "/gz", null)) {
            assertThat(response.declaredLength()).isNotEqualTo(zipped.size());
            assertThat(response.body().readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void a_truncated_body_never_reads_as_complete() throws TransportException {
        server.next((request, out, socket) -> {
            out.write("HTTP/1.1 200 X\r\nContent-Length: 100\r\n\r\n{\"cut\":".getBytes(UTF_8));
            out.flush();
            socket.close();
        });

        TransportResponse response = send("GET", "/cut", null);
        int read;
        try (response) {
            read = response.body().readAllBytes().length;
        } catch (IOException truncated) {
            read = -1;
        }

        assertThat(read).isLessThan(100);
    }

    @Test
    void a_redirect_is_returned_not_followed() throws IOException {
        server.next(RawHttpServer.respond(302, List.of("Location: " + server.uri("/elsewhere")), new byte[0]));

        try (TransportResponse response = send("POST", "/from", new byte[] {1})) {
            assertThat(response.status()).isEqualTo(302);
        }
        assertThat(server.requests()).extracting(Request::target).containsExactly("/from");
    }

    @Test
    void after_close_an_exchange_fails_typed_and_says_nothing_was_sent() {
        transport.close();

        assertThatThrownBy(() -> transport.prepare(request("GET", server.uri("/closed"), null)).execute())
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.connected()).isFalse());
        assertThat(server.requests()).isEmpty();
    }

    private static Exchange abortAfter(Exchange exchange, Duration after) {
        CompletableFuture.delayedExecutor(after.toMillis(), TimeUnit.MILLISECONDS).execute(exchange::abort);
        return exchange;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
