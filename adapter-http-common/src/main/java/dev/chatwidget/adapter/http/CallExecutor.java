package dev.chatwidget.adapter.http;

import dev.chatwidget.adapter.http.wire.Excerpts;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call: token, request, transport, rate-limit report, decoding or error classification, and one retry with
 * a fresh token when the provider refreshed it after a 401. Logs one DEBUG line per attempt, never a token or a body.
 */
final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(HttpChatWidgetGateway.class);

    private final HttpConfig config;
    private final Transport transport;
    private final RequestHeaders headers;
    private final BooleanSupplier closed;
    private final Optional<CallContext> context;

    CallExecutor(HttpConfig config, Transport transport, BooleanSupplier closed) {
        this(config, transport, new RequestHeaders(config), closed, Optional.empty());
    }

    private CallExecutor(HttpConfig config, Transport transport, RequestHeaders headers, BooleanSupplier closed,
                         Optional<CallContext> context) {
        this.config = config;
        this.transport = transport;
        this.headers = headers;
        this.closed = closed;
        this.context = context;
    }

    /** This executor for one attempt of a pipeline call: bounded by its deadline, labelled with its number. */
    CallExecutor within(CallContext attempt) {
        return new CallExecutor(config, transport, headers, closed, Optional.of(attempt));
    }

    <T> Either<ChatWidgetError, T> execute(Route route, byte[] body, ResponseDecoder<T> decoder) {
        if (closed.getAsBoolean()) {
            return Either.left(TransportFailure.of("the gateway is closed", false));
        }
        // The call ends by the adapter's own call timeout or by the deadline of the pipeline's attempt, whichever
        // comes first; the pipeline's context also says which attempt this is.
        // Plain branches, not Optional chains: this runs on every call, and the label is only text for a DEBUG line.
        long allowed = nanos(config.callTimeout());
        int attemptNumber = 1;
        if (context.isPresent()) {
            allowed = Math.min(nanos(context.get().attemptRemaining()), allowed);
            attemptNumber = context.get().attempt();
        }
        long deadline = System.nanoTime() + allowed;
        Optional<LocationId> location = route.location();
        Either<ChatWidgetError, AccessToken> token = config.tokenProvider().token(location);
        if (token.isLeft()) {
            return Either.left(token.getLeft());
        }
        Attempt<T> first = attempt(route, body, token.get(), decoder, deadline, new Label(attemptNumber, false));
        if (first.status != 401 || !config.tokenProvider().onUnauthorized(location, token.get())) {
            return first.result;
        }
        Either<ChatWidgetError, AccessToken> fresh = config.tokenProvider().token(location);
        if (fresh.isLeft()) {
            return Either.left(fresh.getLeft());
        }
        return attempt(route, body, fresh.get(), decoder, deadline, new Label(attemptNumber, true)).result;
    }

    private <T> Attempt<T> attempt(Route route, byte[] body, AccessToken token, ResponseDecoder<T> decoder,
                                   long deadline, Label label) {
        Endpoint endpoint = route.endpoint();
        long started = System.nanoTime();
        long left = deadline - started;
        if (left <= 0) {
            // Nothing was sent, so nothing can have reached the server.
            log(endpoint, "not sent, the call's deadline has passed", started, label);
            return new Attempt<>(0, Either.left(TransportFailure.of(
                    "the call's deadline passed before the request was sent", false)));
        }
        List<Header> requestHeaders = headers.forCall(token, body != null);
        TransportRequest request = new TransportRequest(endpoint.method(), route.uri(), requestHeaders,
                Optional.ofNullable(body), config.connectTimeout(), config.responseTimeout());
        DeadlineWatchdog.Guard guard = null;
        try {
            Exchange exchange = transport.prepare(request);
            guard = DeadlineWatchdog.shared().guard(exchange, Duration.ofNanos(left));
            try (TransportResponse response = exchange.execute()) {
                return received(route, response, token, decoder, started, label);
            }
        } catch (ResponseTooLargeException e) {
            report(route, RateLimitHeaders.parse(e.headers()));
            log(endpoint, e.status() + " (body over " + config.maxResponseBytes() + " bytes)", started, label);
            return new Attempt<>(e.status(), Either.left(new UnexpectedResponse(e.status(),
                    "response body exceeds the maximum of " + config.maxResponseBytes() + " bytes", "",
                    ErrorClassifier.traceId(e.headers()))));
        } catch (IOException | RuntimeException e) {
            TransportException failure = TransportFailures.classify(e);
            boolean expired = guard != null && guard.expired();
            log(endpoint, "failed: " + (expired ? "deadline passed" : failure.getMessage()), started, label);
            return new Attempt<>(0, Either.left(failure(failure, expired)));
        } finally {
            if (guard != null) {
                guard.close();
            }
        }
    }

    private <T> Attempt<T> received(Route route, TransportResponse response, AccessToken token,
                                    ResponseDecoder<T> decoder, long started, Label label) throws IOException {
        int status = response.status();
        byte[] received = BoundedBody.read(response.body(), response.declaredLength(), config.maxResponseBytes(),
                status, response.headers());
        if (LOG.isDebugEnabled()) {
            log(route.endpoint(), Integer.toString(status), started, label);
        }
        RateLimits limits = RateLimitHeaders.parse(response.headers());
        report(route, limits);
        if (status >= 200 && status <= 299) {
            return new Attempt<>(status, decoder.decode(received)
                    .mapLeft(e -> withStatus(e, status, response.headers(), received, token)));
        }
        return new Attempt<>(status, Either.left(ErrorClassifier.classify(status, response.headers(),
                TokenEcho.masked(received, token), limits, config.clock().instant())));
    }

    private static TransportFailure failure(TransportException e, boolean deadlinePassed) {
        if (deadlinePassed) {
            return TransportFailure.of("timed out (the attempt's deadline passed)", e.connected());
        }
        String kind = e.timedOut() ? "timed out" : !e.connected() ? "could not connect" : "I/O failure";
        return TransportFailure.of(kind + " (" + e.getMessage() + ")", e.connected());
    }

    /** The decoder's error with the real status, and an excerpt that cannot show the token the call sent. */
    private static ChatWidgetError withStatus(ChatWidgetError error, int status, ResponseHeaders headers, byte[] body,
                                              AccessToken token) {
        if (error instanceof UnexpectedResponse u) {
            return new UnexpectedResponse(status, TokenEcho.masked(u.message(), token),
                    Excerpts.of(TokenEcho.masked(body, token)),
                    u.traceId().or(() -> ErrorClassifier.traceId(headers)));
        }
        return error;
    }

    private void report(Route route, RateLimits limits) {
        try {
            config.rateLimitListener().onRateLimits(route.location(), limits);
        } catch (RuntimeException e) {
            LOG.warn("rate-limit listener failed for {} {}", route.endpoint().method(), route.endpoint().pathTemplate(), e);
        }
    }

    private static void log(Endpoint endpoint, String outcome, long started, Label attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms ({})", endpoint.method(), endpoint.pathTemplate(), outcome,
                    (System.nanoTime() - started) / 1_000_000, attempt);
        }
    }

    private static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 2;
        }
    }

    /** Which attempt a log line is about; its text is built only when the line is written. */
    private record Label(int number, boolean tokenRefreshed) {
        @Override
        public String toString() {
            return "attempt " + number + (tokenRefreshed ? ", token refreshed" : "");
        }
    }

    /** One attempt's status (0 without a response) and result. */
    private record Attempt<T>(int status, Either<ChatWidgetError, T> result) {
    }
}
