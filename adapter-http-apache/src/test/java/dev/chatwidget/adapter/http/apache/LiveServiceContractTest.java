package dev.chatwidget.adapter.http.apache;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.contract.ChatWidgetGatewayContract;
import dev.chatwidget.testkit.contract.GatewayCapability;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Opt-in live mode: with {@code HIGHLEVEL_TOKEN} and {@code HIGHLEVEL_LOCATION_ID} set (and optionally
 * {@code HIGHLEVEL_BASE_URL}), the safe part of the contract (tests tagged {@code safe}: they create only their own
 * liveChat/emailChat widgets and delete them) runs against the real service. Without them it is skipped, never
 * faked. Use a dedicated, empty sub-account: the tests expect a location with no live widgets.
 */
@EnabledIfEnvironmentVariable(named = "HIGHLEVEL_TOKEN", matches = ".+")
@EnabledIfEnvironmentVariable(named = "HIGHLEVEL_LOCATION_ID", matches = ".+")
class LiveServiceContractTest implements ChatWidgetGatewayContract {

    private static CloseableGateway http;
    private static ChatWidgetGateway gateway;

    /** As an application would: the adapter behind the client-side rate limiter and retries (100 per 10 s). */
    @BeforeAll
    static void connect() {
        String baseUrl = System.getenv().getOrDefault("HIGHLEVEL_BASE_URL", HttpConfig.DEFAULT_BASE_URI.toString());
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(Clock.systemUTC(), Sleeper.system());
        http = ApacheHttpChatWidgets.create(HttpConfig.builder(TokenProvider.fixed(System.getenv("HIGHLEVEL_TOKEN")))
                .baseUri(URI.create(baseUrl)).build());
        ChatWidgets widgets = new ChatWidgetService(http.pipeline(Clock.systemUTC())
                .retry(new RetryStep(RetryPolicy.defaults(), Sleeper.system(), new SplittableRandom(),
                        RetryListener.NONE))
                .rateLimit(new RateLimitStep(limiter, limiter)).build());
        gateway = asGateway(widgets);
    }

    /** The contract takes the gateway port; the facade has the same eight methods, so each call is passed on. */
    private static ChatWidgetGateway asGateway(ChatWidgets widgets) {
        return (ChatWidgetGateway) Proxy.newProxyInstance(ChatWidgetGateway.class.getClassLoader(),
                new Class<?>[] {ChatWidgetGateway.class}, (proxy, method, args) -> {
                    try {
                        return ChatWidgets.class.getMethod(method.getName(), method.getParameterTypes())
                                .invoke(widgets, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterAll
    static void disconnect() {
        http.close();
    }

    @BeforeEach
    void onlySafeTests(TestInfo test) {
        assumeTrue(test.getTags().contains("safe"), "only tests tagged 'safe' run against the real service");
    }

    @Override
    public ChatWidgetGateway gateway() {
        return gateway;
    }

    @Override
    public Set<GatewayCapability> capabilities() {
        return EnumSet.of(GatewayCapability.PUBLIC_CONFIG);
    }

    @Override
    public LocationId newLocation() {
        return LocationId.of(System.getenv("HIGHLEVEL_LOCATION_ID"));
    }
}
