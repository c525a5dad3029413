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
    final List<TransportRequest> sent = new ArrayList<>();

    HttpChatWidgetGateway gateway(Transport transport, HttpConfig.Builder config) {
        return new HttpChatWidgetGateway(config.build(), transport);
    }

    HttpConfig.Builder config() {
        return HttpConfig.builder(TokenProvider.fixed("tok")).baseUri("http://localhost:1");
    }

    Transport failing(IOException failure) {
        return new Transport() {
            @Override
            public TransportResponse send(TransportRequest request) throws IOException {
                sent.add(request);
                throw failure;
            }

            @Override
            public void close() {
            }
        };
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
        Transport ok = new Transport() {
            @Override
            public TransportResponse send(TransportRequest request) {
                return new TransportResponse(200, ResponseHeaders.NONE, "{}".getBytes(UTF_8));
            }

            @Override
            public void close() {
            }
        };

        var result = gateway(ok, config().rateLimitListener((loc, limits) -> {
            throw new IllegalStateException("listener bug");
        })).delete(location, id);

        assertThat(result.isRight()).isTrue();
    }

    @Test
    void each_request_carries_the_remaining_call_time() {
        gateway(failing(new ConnectException()), config().callTimeout(java.time.Duration.ofSeconds(3))).get(location, id);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).timeout()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofSeconds(3));
        assertThat(sent.get(0).body()).isEmpty();
    }

    @Test
    void in_a_pipeline_call_the_attempt_s_deadline_shortens_the_time_each_request_may_take() {
        java.time.Clock clock = java.time.Clock.systemUTC();
        GetWidget get = new GetWidget(location, id);
        CallContext attempt = CallContext.start(get, clock, java.time.Duration.ofSeconds(30))
                .withAttempt(2, clock.instant().plusMillis(700));

        gateway(failing(new ConnectException()), config().callTimeout(java.time.Duration.ofSeconds(30))).handler()
                .handle(new Call<>(get, attempt));

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).timeout()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMillis(700));
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
            Transport echoing = new Transport() {
                @Override
                public TransportResponse send(TransportRequest request) {
                    return new TransportResponse(status, ResponseHeaders.NONE, echo.formatted(status).getBytes(UTF_8));
                }

                @Override
                public void close() {
                }
            };

            ChatWidgetError error = gateway(echoing, config).get(location, id).getLeft();

            assertThat(error.toString()).as("status %d", status).doesNotContain("s3cr3t-tok").contains("****");
        }
    }
}
