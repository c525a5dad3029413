package dev.chatwidget.testkit.server;

import static dev.chatwidget.testkit.server.Call.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every fault kind, observed on the wire (raw sockets where a client library would hide it). */
class FaultsTest {

    static final LocationId LOC = LocationId.of("loc1");
    static final String LIST = "/chat-widget/list?locationId=loc1&offset=0&limit=10";
    static final String CREATE_BODY = "{\"version\":3,\"chatType\":\"liveChat\",\"name\":\"n\",\"locationId\":\"loc1\"}";
    static final String[] AUTH = {"Authorization: Bearer tok", "Version: v3"};

    FakeHighLevelServer server;

    @BeforeEach
    void start() {
        server = FakeHighLevelServer.builder()
                .token("tok", Set.of(LOC), Scopes.ALL)
                .rateLimits(RateLimitPolicy.UNLIMITED)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Call.Response list() {
        return call(server, "GET", LIST).token("tok").send();
    }

    RawHttp.Exchange rawCreate() throws IOException {
        return RawHttp.sendWithBody(server, "POST", "/chat-widget/", CREATE_BODY, AUTH[0], AUTH[1],
                "Content-Type: application/json");
    }

    @Test
    void respond_sends_any_status_headers_and_body_then_normal_handling_resumes() {
        server.faults().next(Fault.respond(503, Map.of("X-Proxy", List.of("edge")), "<html>down</html>"));

        Call.Response faulted = list();
        Call.Response after = list();

        assertThat(faulted.status()).isEqualTo(503);
        assertThat(faulted.body()).isEqualTo("<html>down</html>");
        assertThat(faulted.header("X-Proxy")).isEqualTo("edge");
        assertThat(faulted.header("X-RateLimit-Max")).isNull();
        assertThat(after.status()).isEqualTo(200);
        assertThat(server.faults().pending()).isZero();
    }

    @Test
    void malformed_json_is_a_json_content_type_with_a_body_that_does_not_parse() {
        server.faults().next(Fault.malformedJson(200));

        Call.Response r = list();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).contains("json");
        assertThatThrownBy(() -> new ObjectMapper().readTree(r.body())).isInstanceOf(IOException.class);
    }

    @Test
    void delay_then_pass_through_answers_normally_after_the_delay() {
        server.faults().next(Fault.delay(Duration.ofMillis(300)));

        long start = System.nanoTime();
        Call.Response r = list();

        assertThat(r.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void delay_outlasting_the_client_timeout_is_a_timeout_for_the_client() {
        server.faults().next(Fault.delay(Duration.ofSeconds(5)));

        assertThatThrownBy(() -> call(server, "GET", LIST).token("tok").timeout(Duration.ofMillis(200)).sendOrThrow())
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void delay_can_precede_another_fault() {
        server.faults().next(Fault.delay(Duration.ofMillis(50), Fault.respond(502, "{}")));

        assertThat(list().status()).isEqualTo(502);
    }

    @Test
    void close_connection_ends_the_connection_without_a_single_byte_and_does_not_handle_the_request()
            throws IOException {
        server.faults().next(Fault.closeConnection());

        RawHttp.Exchange raw = rawCreate();

        assertThat(raw.bytes()).isEmpty();
        assertThat(server.fake().liveWidgets(LOC)).isEmpty();
        assertThat(server.requestCount(Operation.CREATE)).isEqualTo(1);
    }

    @Test
    void close_connection_is_an_io_failure_for_the_jdk_http_client() {
        server.faults().next(Fault.closeConnection());
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/chat-widget/"))
                .header("Authorization", "Bearer tok").header("Version", "v3")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE_BODY)).build();

        assertThatThrownBy(() -> fresh.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void drop_response_handles_the_request_but_sends_nothing() throws IOException {
        server.faults().next(RequestMatcher.operation(Operation.CREATE), Fault.dropResponse());

        RawHttp.Exchange raw = rawCreate();

        assertThat(raw.bytes()).isEmpty();
        assertThat(server.fake().liveWidgets(LOC)).hasSize(1);
    }

    @Test
    void truncated_body_declares_the_full_length_sends_part_and_closes() throws IOException {
        String body = "{\"chatWidgets\":[],\"totalCount\":0}";
        server.faults().next(Fault.truncatedBody(200, body, 10));

        RawHttp.Exchange raw = RawHttp.send(server, "GET", LIST, AUTH);

        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.head()).containsIgnoringCase("Content-Length: " + body.length());
        assertThat(raw.body()).isEqualTo(body.substring(0, 10));
    }

    @Test
    void truncated_body_is_an_io_failure_for_the_jdk_http_client() {
        server.faults().next(Fault.truncatedBody(200, "{\"chatWidgets\":[],\"totalCount\":0}", 5));

        assertThatThrownBy(() -> call(server, "GET", LIST).token("tok").sendOrThrow()).isInstanceOf(IOException.class);
    }

    @Test
    void truncated_response_cuts_the_real_response_after_handling_it() throws IOException {
        ChatWidget w = server.seed(SeedWidget.of(LOC, ChatType.LIVE_CHAT, "cut"));
        server.faults().next(Fault.truncatedResponse(12));

        RawHttp.Exchange raw = RawHttp.send(server, "GET", "/chat-widget/data/loc1/" + w.id(), AUTH);

        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.head()).containsIgnoringCase("X-RateLimit-Max");
        assertThat(raw.body()).hasSize(12).startsWith("{\"_id\"");
    }

    @Test
    void huge_body_streams_exactly_the_asked_bytes_with_a_length() throws Exception {
        long size = 5_000_000;
        server.faults().next(Fault.hugeBody(200, size));

        HttpResponse<InputStream> r = Call.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri() + LIST)).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(r.headers().firstValue("Content-Length")).hasValue(Long.toString(size));
        assertThat(count(r.body())).isEqualTo(size);
    }

    @Test
    void huge_chunked_body_streams_exactly_the_asked_bytes_without_a_length() throws Exception {
        long size = 3_000_000;
        server.faults().next(Fault.hugeChunkedBody(200, size));

        HttpResponse<InputStream> r = Call.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri() + LIST)).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(r.headers().firstValue("Content-Length")).isEmpty();
        assertThat(r.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(count(r.body())).isEqualTo(size);
    }

    private static long count(InputStream in) throws IOException {
        try (in) {
            long n = 0;
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                n += read;
            }
            return n;
        }
    }
}
