package dev.chatwidget.adapter.http;

import dev.chatwidget.adapter.http.wire.Excerpts;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.CallHandler;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the call pipeline over HTTP, one attempt per {@link #handle}: encode (route table, JSON, the bearer
 * token the auth step put in the context), send through the {@link Transport} with the shared
 * {@link DeadlineWatchdog} aborting it at the attempt's deadline, then decode or classify into a
 * {@link CallResult} carrying the HTTP status and the rate limits the service reported. It asks for no token,
 * tells no listener and keeps no timeout of its own: those are the pipeline's steps. One DEBUG line per attempt,
 * never a token or a body. Closing it closes the transport.
 */
public final class HttpCallHandler implements CallHandler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCallHandler.class);

    private final Transport transport;
    private final Routes routes;
    private final RequestHeaders headers;
    private final int maxResponseBytes;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();

    public HttpCallHandler(HttpConfig config, Transport transport) {
        Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.routes = new Routes(config.baseUri());
        this.headers = new RequestHeaders(config);
        this.maxResponseBytes = config.maxResponseBytes();
        this.connectTimeout = config.transportSettings().connectTimeout();
        this.responseTimeout = config.transportSettings().responseTimeout();
    }

    @Override
    public <R> CallResult<R> handle(Call<R> call) {
        CallContext context = call.context();
        Endpoint endpoint = Endpoint.of(call.operation());
        long started = System.nanoTime();
        if (closed.get()) {
            return CallResult.failure(TransportFailure.of("the gateway is closed", false));
        }
        long left = context.attemptRemainingNanos();
        if (left <= 0) {
            // Nothing was sent, so nothing can have reached the server.
            log(endpoint, "not sent, the attempt's deadline has passed", started, context);
            return CallResult.failure(TransportFailure.of("the call's deadline passed before the request was sent",
                    false));
        }
        WidgetRequest<R> request = call.request();
        byte[] body = WireRequests.body(request);
        Optional<AccessToken> token = context.credentials();
        List<Header> sent = headers.forCall(token, body != null);
        TransportRequest exchangeRequest = new TransportRequest(endpoint.method(), routes.uri(request), sent,
                Optional.ofNullable(body), connectTimeout, responseTimeout);
        DeadlineWatchdog.Guard guard = null;
        try {
            Exchange exchange = transport.prepare(exchangeRequest);
            // The time left when the attempt began, less what encoding and preparing took: no second clock read.
            guard = DeadlineWatchdog.shared().guard(exchange, saturatedMinus(left, System.nanoTime() - started));
            try (TransportResponse response = exchange.execute()) {
                return received(request, endpoint, response, token, context, started);
            }
        } catch (ResponseTooLargeException e) {
            log(endpoint, e.status() + " (body over " + maxResponseBytes + " bytes)", started, context);
            return CallResult.answered(Either.left(tooLarge(e.status(), e.headers())), e.status(),
                    RateLimitHeaders.parse(e.headers()));
        } catch (IOException | RuntimeException e) {
            TransportException failure = TransportFailures.classify(e);
            boolean expired = guard != null && guard.expired();
            log(endpoint, "failed: " + (expired ? "deadline passed" : failure.getMessage()), started, context);
            return CallResult.failure(TransportFailures.asError(failure, expired));
        } finally {
            if (guard != null) {
                guard.close();
            }
        }
    }

    private <R> CallResult<R> received(WidgetRequest<R> request, Endpoint endpoint, TransportResponse response,
                                       Optional<AccessToken> token, CallContext context, long started)
            throws IOException {
        int status = response.status();
        RateLimits limits = RateLimitHeaders.parse(response.headers());
        Either<ChatWidgetError, R> outcome;
        if (status >= 200 && status <= 299) {
            outcome = decoded(request, status, response, token);
        } else {
            // Only an error body is held whole: its excerpt and error fields come from it.
            byte[] received = BoundedBody.read(response.body(), response.declaredLength(), maxResponseBytes, status,
                    response.headers());
            outcome = Either.left(ErrorClassifier.classify(status, response.headers(),
                    TokenEcho.masked(received, token), limits, context.clock().instant()));
        }
        // Logged once the body is read: a body that fails or outgrows the cap is logged as that, by the caller.
        if (LOG.isDebugEnabled()) {
            log(endpoint, Integer.toString(status), started, context);
        }
        return CallResult.answered(outcome, status, limits);
    }

    /** A 2xx body parsed as it arrives; a stream that failed or outgrew the cap is that failure, not bad JSON. */
    private <R> Either<ChatWidgetError, R> decoded(WidgetRequest<R> request, int status, TransportResponse response,
                                                   Optional<AccessToken> token) throws IOException {
        if (response.declaredLength() > maxResponseBytes) {
            throw new ResponseTooLargeException(status, response.headers(), maxResponseBytes);
        }
        CappedBody body = new CappedBody(response.body(), maxResponseBytes, status, response.headers());
        Either<ChatWidgetError, R> outcome = WireRequests.decode(request, body);
        if (body.failure() != null) {
            throw body.failure();
        }
        if (outcome.isRight()) {
            return outcome;
        }
        return Either.left(withStatus(outcome.getLeft(), status, response.headers(),
                TokenEcho.maskedHead(body.head(), body.truncatedHead(), token), token));
    }

    /** {@code left - spent}, staying at {@link Long#MAX_VALUE} for a deadline too far to count in nanoseconds. */
    private static long saturatedMinus(long left, long spent) {
        return left == Long.MAX_VALUE ? left : left - spent;
    }

    private UnexpectedResponse tooLarge(int status, ResponseHeaders responseHeaders) {
        return new UnexpectedResponse(status, "response body exceeds the maximum of " + maxResponseBytes + " bytes",
                "", ErrorClassifier.traceId(responseHeaders));
    }

    /** The decoder's error with the real status, and an excerpt of the body's start with the call's token masked. */
    private static ChatWidgetError withStatus(ChatWidgetError error, int status, ResponseHeaders responseHeaders,
                                              byte[] maskedExcerpt, Optional<AccessToken> token) {
        if (error instanceof UnexpectedResponse u) {
            return new UnexpectedResponse(status, TokenEcho.masked(u.message(), token), Excerpts.of(maskedExcerpt),
                    u.traceId().or(() -> ErrorClassifier.traceId(responseHeaders)));
        }
        return error;
    }

    private static void log(Endpoint endpoint, String outcome, long started, CallContext context) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms (attempt {})", endpoint.method(), endpoint.pathTemplate(), outcome,
                    (System.nanoTime() - started) / 1_000_000, context.attempt());
        }
    }

    /** Closes the transport; attempts made afterwards fail without a request. Never throws. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return "HttpCallHandler[" + transport.getClass().getSimpleName() + "]";
    }
}
