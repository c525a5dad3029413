package dev.chatwidget.testkit.faults;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.application.resilience.BurstLimit;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.RateLimitPolicy;
import dev.chatwidget.testkit.server.Scopes;
import dev.chatwidget.testkit.server.TokenAccess;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The stack as an application wires it: an HTTP adapter at the end of the call pipeline (retry and rate limit),
 * with the real clock, the real sleeper and a token-bucket limiter that also listens to the service's rate-limit
 * headers; and a fake
 * server that knows the token and never rate-limits by itself (the tests script their 429s).
 */
public final class Stacks {

    /** The token every fault test sends; a test that looks for leaks searches for it. */
    public static final String TOKEN = "tok-Secret-7f3a9c2e51d04b8aa6e1";
    /** Connecting on loopback takes well under a millisecond; this leaves room for a busy machine. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(150);

    private Stacks() {
    }

    /** A started fake server that accepts {@link #TOKEN} everywhere, with enough threads for delayed faults. */
    public static FakeHighLevelServer server() {
        return serverBuilder().start();
    }

    public static FakeHighLevelServer.Builder serverBuilder() {
        return FakeHighLevelServer.builder().token(TOKEN, TokenAccess.anyLocation(Scopes.ALL))
                .rateLimits(RateLimitPolicy.UNLIMITED).threads(16);
    }

    /**
     * Short timeouts for tests on loopback: {@link #CONNECT_TIMEOUT} and {@link FaultCase#RESPONSE_TIMEOUT} (the
     * attempt and call timeouts are the {@link #policy()}'s).
     */
    public static HttpConfig.Builder config(URI baseUri) {
        return HttpConfig.builder(TokenProvider.fixed(TOKEN)).baseUri(baseUri)
                .connectTimeout(CONNECT_TIMEOUT)
                .responseTimeout(FaultCase.RESPONSE_TIMEOUT)
                .userAgentSuffix("fault-tests");
    }

    /** A limiter generous enough not to slow the tests, still adapting to what the server reports. */
    public static TokenBucketRateLimiter limiter() {
        return new TokenBucketRateLimiter(BurstLimit.of(1000, Duration.ofSeconds(1)), Clock.systemUTC(),
                Sleeper.system());
    }

    /** A short real policy: 3 attempts, 10 to 40 ms backoff, 1.5 s per attempt, 2 s per call. */
    public static RetryPolicy policy() {
        return RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40))
                .attemptTimeout(Duration.ofMillis(1500)).callTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * The facade over {@code adapter}'s pipeline (its auth included), calls running through retries and rate
     * limiting on real time; the limiter also learns the limits the server reports.
     */
    public static ChatWidgets resilient(CloseableGateway adapter, RetryPolicy policy,
                                        TokenBucketRateLimiter limiter, RetryListener listener) {
        return new ChatWidgetService(adapter.pipeline(Clock.systemUTC())
                .retry(new RetryStep(policy, Sleeper.system(), new SplittableRandom(20240601), listener))
                .rateLimit(new RateLimitStep(limiter, limiter))
                .build());
    }
}
