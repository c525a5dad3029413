package dev.chatwidget.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.resilience.AttemptEvent;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.testkit.contract.ContractIds;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Fault;
import dev.chatwidget.testkit.server.RequestMatcher;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retries and deadlines over real sockets: a write refused at connect is retried and made once; the service's
 * Retry-After is waited; no call outlives its deadline, whether the adapter's or the retry policy's. An HTTP
 * adapter's test extends this and supplies {@link #gateway(HttpConfig)}.
 */
@Timeout(30)
public abstract class HttpResilienceScenarios {

    static final Duration SLACK = Duration.ofMillis(400);
    static final Fault STALL = Fault.delay(Duration.ofSeconds(3));

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    /** The adapter under test, over {@code config}. */
    protected abstract CloseableGateway gateway(HttpConfig config);

    @AfterEach
    void closeAll() throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"CREATE", "CLONE"})
    void a_write_refused_at_connect_is_retried_once_the_server_is_up_and_made_exactly_once(Operation op) {
        int port = freePort();
        FakeHighLevelServer server = open(Stacks.serverBuilder().port(port).build());
        LocationId location = ContractIds.randomLocation();
        WidgetId source = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "Source")).id();
        AttemptLog attempts = new AttemptLog();
        RetryListener startServerOnFirstRetry = event -> {
            attempts.onAttempt(event);
            if (event.willRetry()) {
                server.start();
            }
        };
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(50))
                .maxDelay(Duration.ofMillis(100)).callTimeout(Duration.ofSeconds(3)).build();
        ChatWidgets gateway = Stacks.resilient(open(Stacks.config(URI.create("http://127.0.0.1:" + port))),
                policy, Stacks.limiter(), startServerOnFirstRetry);

        Either<ChatWidgetError, ?> result = GatewayCalls.call(gateway, op, location, source);

        assertThat(result.isRight()).as("%s", result).isTrue();
        List<AttemptEvent> events = attempts.events();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).error()).get().isInstanceOfSatisfying(TransportFailure.class,
                failure -> assertThat(failure.mayHaveReachedServer()).as("a refused connection").isFalse());
        assertThat(events.get(0).willRetry()).isTrue();
        assertThat(events.get(1).succeeded()).isTrue();
        assertThat(server.requestCount(op)).isEqualTo(1);
        assertThat(GatewayCalls.effects(server.fake(), op, location, source)).isEqualTo(1);
    }

    @Test
    void a_burst_429_waits_the_retry_after_the_service_asked_for_then_succeeds() {
        FakeHighLevelServer server = open(Stacks.server());
        LocationId location = ContractIds.randomLocation();
        WidgetId id = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "w")).id();
        server.faults().next(RequestMatcher.operation(Operation.GET),
                Fault.respond(429, Map.of("Retry-After", List.of("1")), ""));
        AttemptLog attempts = new AttemptLog();
        ChatWidgets gateway = Stacks.resilient(open(Stacks.config(server.baseUri())),
                Stacks.policy().withCallTimeout(Duration.ofSeconds(3)), Stacks.limiter(), attempts);

        long started = System.nanoTime();
        Either<ChatWidgetError, ?> result = gateway.get(location, id);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.isRight()).as("%s", result).isTrue();
        assertThat(attempts.events().get(0).nextDelay()).contains(Duration.ofSeconds(1));
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(990));
        assertThat(server.requestCount(Operation.GET)).isEqualTo(2);
    }

    @Test
    void a_retry_after_beyond_the_deadline_returns_the_429_at_once() {
        FakeHighLevelServer server = open(Stacks.server());
        LocationId location = ContractIds.randomLocation();
        WidgetId id = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "w")).id();
        server.faults().next(RequestMatcher.operation(Operation.GET),
                Fault.respond(429, Map.of("Retry-After", List.of("5")), ""));
        ChatWidgets gateway = Stacks.resilient(open(Stacks.config(server.baseUri())), Stacks.policy(),
                Stacks.limiter(), RetryListener.NONE);

        long started = System.nanoTime();
        Either<ChatWidgetError, ?> result = gateway.get(location, id);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SLACK);
        assertThat(result.getLeft()).isInstanceOfSatisfying(RateLimited.class,
                limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(5)));
        assertThat(server.requestCount(Operation.GET)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"GET", "CREATE"})
    void a_single_attempt_returns_by_the_call_timeout_when_the_server_stalls(Operation op) {
        FakeHighLevelServer server = open(Stacks.server());
        server.faults().always(RequestMatcher.any(), STALL);
        RetryPolicy once = RetryPolicy.none().withCallTimeout(Duration.ofMillis(500));
        CloseableGateway adapter = open(Stacks.config(server.baseUri()).responseTimeout(Duration.ofSeconds(10)));

        assertStalledCallEndsBy(once.callTimeout(), Stacks.resilient(adapter, once, Stacks.limiter(),
                RetryListener.NONE), op);
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"GET", "CREATE"})
    void a_resilient_call_returns_by_the_policy_deadline_though_the_adapter_would_wait_longer(Operation op) {
        FakeHighLevelServer server = open(Stacks.server());
        server.faults().always(RequestMatcher.any(), STALL);
        RetryPolicy policy = Stacks.policy().withCallTimeout(Duration.ofMillis(700));
        CloseableGateway adapter = open(Stacks.config(server.baseUri()).responseTimeout(Duration.ofSeconds(10)));

        assertStalledCallEndsBy(policy.callTimeout(), Stacks.resilient(adapter, policy, Stacks.limiter(),
                RetryListener.NONE), op);
    }

    @Test
    void retries_share_one_deadline_so_the_last_attempt_is_cut_short() {
        FakeHighLevelServer server = open(Stacks.server());
        server.faults().always(RequestMatcher.any(), STALL);
        RetryPolicy policy = Stacks.policy().withMaxAttempts(5).withCallTimeout(Duration.ofMillis(1500));
        CloseableGateway adapter = open(Stacks.config(server.baseUri()).responseTimeout(Duration.ofSeconds(1)));
        AttemptLog attempts = new AttemptLog();

        assertStalledCallEndsBy(policy.callTimeout(), Stacks.resilient(adapter, policy, Stacks.limiter(), attempts),
                Operation.GET);
        assertThat(attempts.events()).as("attempts").hasSizeGreaterThanOrEqualTo(2);
    }

    private void assertStalledCallEndsBy(Duration deadline, ChatWidgets gateway, Operation op) {
        LocationId location = ContractIds.randomLocation();
        WidgetId unknown = WidgetId.of(ContractIds.randomId());

        long started = System.nanoTime();
        Either<ChatWidgetError, ?> result = GatewayCalls.call(gateway, op, location, unknown);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).as("%s took %d ms", result, elapsed.toMillis()).isLessThan(deadline.plus(SLACK));
        assertThat(result.isLeft() ? Optional.of(result.getLeft()) : Optional.empty()).get()
                .isInstanceOfSatisfying(TransportFailure.class,
                        failure -> assertThat(failure.mayHaveReachedServer()).isTrue());
    }

    private CloseableGateway open(HttpConfig.Builder config) {
        CloseableGateway gateway = gateway(config.build());
        opened.push(gateway);
        return gateway;
    }

    private FakeHighLevelServer open(FakeHighLevelServer server) {
        opened.push(server);
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
