package dev.chatwidget.adapter.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.call.WidgetRequest.DeleteWidget;
import dev.chatwidget.core.call.WidgetRequest.CreateWidget;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.auth.AccessToken;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The HTTP call handler over a scripted transport: status, limits, credentials and failure mapping, no socket. */
class HttpCallHandlerTest {

    final LocationId location = LocationId.of("loc");
    final WidgetId id = WidgetId.of("w1");
    List<TransportRequest> sent = List.of();

    HttpChatWidgetGateway gateway(Transport transport, HttpConfig.Builder config) {
        return new HttpChatWidgetGateway(config.build(), transport);
    }

    HttpConfig.Builder config() {
        return HttpConfig.builder(TokenProvider.fixed("tok")).baseUri("http://localhost:1");
    }

    /** One attempt of {@code request} straight into a handler over {@code transport}, with {@code token} if any. */
    <R> CallResult<R> attempt(Transport transport, WidgetRequest<R> request, Optional<String> token) {
        CallContext context = CallContext.start(request, Clock.systemUTC(), Duration.ofSeconds(5));
        if (token.isPresent()) {
            context = context.withCredentials(new AccessToken(token.get()));
        }
        return new HttpCallHandler(config().build(), transport).handle(new Call<>(request, context));
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
    void an_oversized_body_is_an_unexpected_response_with_the_status_and_its_limits_returned() {
        ResponseHeaders headers = RateLimitHeadersTest.headers("X-RateLimit-Remaining", "9", "X-Trace-Id", "t-1");
        CallResult<ChatWidget> result = attempt(failing(new ResponseTooLargeException(200, headers, 10)),
                new GetWidget(location, id), Optional.of("tok"));

        ChatWidgetError error = result.outcome().getLeft();
        assertThat(error).isInstanceOf(UnexpectedResponse.class);
        assertThat(error.status()).isEqualTo(200);
        assertThat(error.traceId()).contains("t-1");
        assertThat(result.status()).hasValue(200);
        assertThat(result.reportedLimits()).get().extracting(RateLimits::burstRemaining).isEqualTo(OptionalLong.of(9));
    }

    @Test
    void every_response_s_status_and_reported_limits_come_back_in_the_result() {
        ResponseHeaders headers = RateLimitHeadersTest.headers("X-RateLimit-Remaining", "41");
        for (int status : List.of(200, 404, 429, 503)) {
            CallResult<Deleted> result = attempt(ScriptedTransport.answering(status, headers, "{}".getBytes(UTF_8)),
                    new DeleteWidget(location, id), Optional.of("tok"));

            assertThat(result.status()).as("status").hasValue(status);
            assertThat(result.succeeded()).as("succeeded at %d", status).isEqualTo(status == 200);
            assertThat(result.reportedLimits()).get().extracting(RateLimits::burstRemaining)
                    .isEqualTo(OptionalLong.of(41));
            assertThat(result.credentialsRefreshed()).isFalse();
        }
    }

    @Test
    void a_failure_without_a_response_has_no_status() {
        CallResult<ChatWidget> result = attempt(failing(new ConnectException("refused")), new GetWidget(location, id),
                Optional.of("tok"));

        assertThat(result.status()).isEmpty();
        assertThat(result.reportedLimits()).isEmpty();
    }

    @Test
    void the_bearer_token_is_the_one_in_the_call_s_context_and_absent_without_one() {
        ScriptedTransport ok = ScriptedTransport.answering(200, ResponseHeaders.NONE, "{}".getBytes(UTF_8));

        attempt(ok, new DeleteWidget(location, id), Optional.of("context-token"));
        attempt(ok, new DeleteWidget(location, id), Optional.empty());

        assertThat(ok.sent.get(0).headers()).contains(new Header("Authorization", "Bearer context-token"));
        assertThat(ok.sent.get(1).headers()).extracting(Header::name).doesNotContain("Authorization");
    }

    @Test
    void a_closed_handler_sends_nothing() {
        ScriptedTransport ok = ScriptedTransport.answering(200, ResponseHeaders.NONE, "{}".getBytes(UTF_8));
        HttpCallHandler handler = new HttpCallHandler(config().build(), ok);
        handler.close();
        GetWidget get = new GetWidget(location, id);

        CallResult<ChatWidget> result = handler.handle(new Call<>(get,
                CallContext.start(get, Clock.systemUTC(), Duration.ofSeconds(1))));

        assertThat(((TransportFailure) result.outcome().getLeft()).mayHaveReachedServer()).isFalse();
        assertThat(ok.sent).isEmpty();
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
        ChatWidgetError error = new HttpCallHandler(config().build(), hanging).handle(new Call<>(get, attempt))
                .outcome().getLeft();

        assertThat(hanging.aborts).hasValue(1);
        assertThat(error.message()).startsWith("timed out");
        assertThat(System.nanoTime() - started).isLessThan(java.time.Duration.ofSeconds(20).toNanos());
        assertThat(hanging.sent.get(0).body()).isEmpty();
        assertThat(((TransportFailure) error).mayHaveReachedServer()).isTrue();
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

        TransportFailure error = (TransportFailure) new HttpCallHandler(config().build(),
                failing(new ConnectException())).handle(new Call<>(create, spent)).outcome().getLeft();

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
