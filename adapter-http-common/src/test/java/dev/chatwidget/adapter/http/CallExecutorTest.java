package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.TokenProvider;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The call executor over a scripted transport: failure mapping and reporting without any socket. */
class CallExecutorTest {

    final LocationId location = LocationId.of("loc");
    final WidgetId id = WidgetId.of("w1");
    List<TransportRequest> sent = List.of();

    HttpChatWidgetGateway gateway(Transport transport, HttpConfig.Builder config) {
        return new HttpChatWidgetGateway(config.build(), transport);
    }

    HttpConfig.Builder config() {
        return HttpConfig.builder(TokenProvider.fixed("tok")).baseUri("http://localhost:1");
    }

    Transport failing(IOException failure) {
        ScriptedTransport transport = ScriptedTransport.failing(failure);
        sent = transport.sent;
        return transport;
    }

    @Test
    void failures_before_any_connection_never_reached_the_server() {
        for (IOException failure : List.of(new ConnectException("refused"), new UnknownHostException("nowhere"),
                new NoRouteToHostException("no route"), new HttpConnectTimeoutException("connect timed out"),
                new IOException("wrapped", new ConnectException("refused")))) {
            TransportFailure error = (TransportFailure) gateway(failing(failure), config()).get(location, id).getLeft();
            assertThat(error.mayHaveReachedServer()).as(failure.toString()).isFalse();
        }
    }

    @Test
    void failures_after_connecting_may_have_reached_the_server() {
        for (IOException failure : List.of(new SocketTimeoutException("read timed out"), new SocketException("reset"),
                new InterruptedIOException("deadline"), new IOException("premature end"))) {
            TransportFailure error = (TransportFailure) gateway(failing(failure), config()).get(location, id).getLeft();
            assertThat(error.mayHaveReachedServer()).as(failure.toString()).isTrue();
        }
    }

    @Test
    void a_timeout_says_it_timed_out() {
        ChatWidgetError error = gateway(failing(new SocketTimeoutException("Read timed out")), config())
                .get(location, id).getLeft();

        assertThat(error.message()).startsWith("timed out");
    }

    @Test
    void an_oversized_body_is_an_unexpected_response_with_the_status_and_its_limits_reported() {
        List<Object> reported = new ArrayList<>();
        ResponseHeaders headers = RateLimitHeadersTest.headers("X-RateLimit-Remaining", "9", "X-Trace-Id", "t-1");
        ChatWidgetError error = gateway(failing(new ResponseTooLargeException(200, headers, 10)),
                config().rateLimitListener((loc, limits) -> reported.add(limits))).get(location, id).getLeft();

        assertThat(error).isInstanceOf(UnexpectedResponse.class);
        assertThat(error.status()).isEqualTo(200);
        assertThat(error.traceId()).contains("t-1");
        assertThat(reported).hasSize(1);
    }

    @Test
    void a_failing_rate_limit_listener_does_not_fail_the_call() {
        Transport ok = ScriptedTransport.answering(200, ResponseHeaders.NONE, "{}".getBytes(UTF_8));

        var result = gateway(ok, config().rateLimitListener((loc, limits) -> {
            throw new IllegalStateException("listener bug");
        })).delete(location, id);

        assertThat(result.isRight()).isTrue();
    }

    @Test
    void an_exchange_that_outlives_the_call_timeout_is_aborted_and_reported_as_timed_out() {
        ScriptedTransport hanging = new ScriptedTransport((request, aborted) -> {
            awaitAbort(aborted);
            throw new java.net.SocketException("Socket closed");
        });

        ChatWidgetError error = gateway(hanging, config().callTimeout(java.time.Duration.ofMillis(200)))
                .get(location, id).getLeft();

        assertThat(hanging.aborts).hasValue(1);
        assertThat(error.message()).startsWith("timed out");
        assertThat(((TransportFailure) error).mayHaveReachedServer()).isTrue();
        assertThat(hanging.sent.get(0).body()).isEmpty();
    }

    @Test
    void in_a_pipeline_call_the_attempt_s_deadline_shortens_the_time_each_request_may_take() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        GetWidget get = new GetWidget(location, id);
        CallContext attempt = CallContext.start(get, clock, java.time.Duration.ofSeconds(30))
                .withAttempt(2, clock.instant().plusMillis(300));
        ScriptedTransport hanging = new ScriptedTransport((request, aborted) -> {
            awaitAbort(aborted);
            throw new java.net.SocketException("Socket closed");
        });

        long started = System.nanoTime();
        ChatWidgetError error = gateway(hanging, config().callTimeout(java.time.Duration.ofSeconds(30))).handler()
                .handle(new Call<>(get, attempt)).outcome().getLeft();

        assertThat(hanging.aborts).hasValue(1);
        assertThat(error.message()).startsWith("timed out");
        assertThat(System.nanoTime() - started).isLessThan(java.time.Duration.ofSeconds(20).toNanos());
    }

    @Test
    void an_exchange_that_ends_in_time_is_never_aborted() {
        ScriptedTransport ok = ScriptedTransport.answering(200, ResponseHeaders.NONE, "{}".getBytes(UTF_8));

        gateway(ok, config()).delete(location, id);

        assertThat(ok.aborts).hasValue(0);
        assertThat(ok.sent).hasSize(1);
    }

    @Test
    void a_transport_that_throws_a_runtime_exception_gives_a_typed_failure() {
        Transport broken = new Transport() {
            @Override
            public Exchange prepare(TransportRequest request) {
                throw new IllegalStateException("Connection pool shut down");
            }

            @Override
            public void close() {
            }
        };

        ChatWidgetError error = gateway(broken, config()).get(location, id).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(error.message()).contains("Connection pool shut down");
    }

    static void awaitAbort(java.util.concurrent.CountDownLatch aborted) throws java.io.InterruptedIOException {
        try {
            if (!aborted.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new java.io.InterruptedIOException("never aborted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Test
    void a_pipeline_attempt_whose_deadline_has_passed_sends_nothing_and_says_nothing_reached_the_server() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        CreateWidget create = new CreateWidget(dev.chatwidget.core.domain.NewWidget.of(location,
                dev.chatwidget.core.domain.ChatType.LIVE_CHAT, "n"));
        CallContext spent = CallContext.start(create, clock, java.time.Duration.ofSeconds(30))
                .withAttempt(3, clock.instant().minusMillis(1));

        TransportFailure error = (TransportFailure) gateway(failing(new ConnectException()), config()).handler()
                .handle(new Call<>(create, spent)).outcome().getLeft();

        assertThat(sent).isEmpty();
        assertThat(error.mayHaveReachedServer()).isFalse();
    }

    @Test
    void a_token_the_server_echoes_back_is_masked_in_the_error_whatever_the_status() {
        String echo = "{\"statusCode\":%d,\"message\":[\"Invalid token s3cr3t-tok\"],\"echo\":\"s3cr3t-tok\"}";
        HttpConfig.Builder config = HttpConfig.builder(TokenProvider.fixed("s3cr3t-tok")).baseUri("http://localhost:1");
        for (int status : List.of(200, 400, 401, 404, 418, 422, 502)) {
            Transport echoing = ScriptedTransport.answering(status, ResponseHeaders.NONE,
                    echo.formatted(status).getBytes(UTF_8));

            ChatWidgetError error = gateway(echoing, config).get(location, id).getLeft();

            assertThat(error.toString()).as("status %d", status).doesNotContain("s3cr3t-tok").contains("****");
        }
    }
}
