package dev.chatwidget.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.testkit.contract.ContractIds;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.RequestMatcher;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link FaultCase} against every operation, through the whole stack (adapter under retries and rate
 * limiting) against the fake server: each cell ends in success after a retry or in its typed error, by the
 * policy's deadline, with the server's request count and the fake's state showing that no create or clone was
 * ever duplicated and that writes took effect exactly as often as expected. An HTTP adapter's test extends this
 * and supplies {@link #gateway(HttpConfig)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
public abstract class HttpFaultMatrix {

    static final Duration SLACK = Duration.ofMillis(500);
    static final Duration EFFECT_WAIT = Duration.ofSeconds(3);
    /** For the cells that expect no timeout: room for a loaded machine, under the policy's 1.5 s attempt timeout. */
    static final Duration ROOMY_RESPONSE_TIMEOUT = Duration.ofSeconds(1);
    private static final int WARM_UP_TRIES = 5;
    private static final Operation[] WARM_UP_ORDER = {Operation.CREATE, Operation.CLONE, Operation.LIST,
        Operation.GET, Operation.PUBLIC_CONFIG, Operation.REPLACE, Operation.PATCH, Operation.DELETE};

    private final RetryPolicy policy = Stacks.policy();
    private final AttemptLog attempts = new AttemptLog();
    private FakeHighLevelServer server;
    /** A roomy response timeout, for every cell whose outcome must not depend on how busy the machine is. */
    private CloseableGateway adapter;
    private ChatWidgets gateway;
    /** Stacks' short timeouts, only for the cells that expect one ({@link FaultCase#SLOWER_THAN_RESPONSE_TIMEOUT}). */
    private CloseableGateway shortAdapter;
    private ChatWidgets shortGateway;

    /** The adapter under test, over {@code config}. */
    protected abstract CloseableGateway gateway(HttpConfig config);

    /** Connections the adapter holds for calls in progress, where it can tell (a pooled client can). */
    protected OptionalInt leasedConnections(CloseableGateway gateway) {
        return OptionalInt.empty();
    }

    @BeforeAll
    void start() {
        server = Stacks.server();
        TokenBucketRateLimiter limiter = Stacks.limiter();
        adapter = gateway(Stacks.config(server.baseUri()).responseTimeout(ROOMY_RESPONSE_TIMEOUT)
                .maxResponseBytes(FaultCase.MAX_RESPONSE_BYTES).build());
        gateway = Stacks.resilient(adapter, policy, limiter, attempts);
        shortAdapter = gateway(Stacks.config(server.baseUri()).maxResponseBytes(FaultCase.MAX_RESPONSE_BYTES).build());
        shortGateway = Stacks.resilient(shortAdapter, policy, limiter, attempts);
        warmUp(gateway);
        warmUp(shortGateway);
    }

    @AfterAll
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        if (shortAdapter != null) {
            shortAdapter.close();
        }
        server.close();
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(FaultCase.values())
                .flatMap(fault -> Arrays.stream(Operation.values()).map(op -> Arguments.of(fault, op)));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @MethodSource("cells")
    void a_fault_ends_in_success_after_retry_or_its_typed_error_by_the_deadline_and_no_write_is_duplicated(
            FaultCase fault, Operation op) throws InterruptedException {
        LocationId location = ContractIds.randomLocation();
        WidgetId existing = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "Seeded")).id();
        Expectation expected = fault.expect(op);
        server.faults().clear();
        server.clearRequests();
        attempts.clear();
        server.faults().next(RequestMatcher.operation(op), fault.fault(op));
        boolean expectsTimeout = fault == FaultCase.SLOWER_THAN_RESPONSE_TIMEOUT;
        CloseableGateway cellAdapter = expectsTimeout ? shortAdapter : adapter;
        ChatWidgets cellGateway = expectsTimeout ? shortGateway : gateway;

        long started = System.nanoTime();
        Either<ChatWidgetError, ?> result = GatewayCalls.call(cellGateway, op, location, existing);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        String cell = "[" + fault + " | " + op + "] expected " + expected + "; got " + result + " in "
                + elapsed.toMillis() + " ms; attempts " + attempts.events();
        assertThat(elapsed).as(cell).isLessThan(policy.callTimeout().plus(SLACK));
        if (expected.succeeds()) {
            assertThat(result.isRight()).as(cell).isTrue();
        } else {
            assertThat(result.isLeft() && expected.detailHolds().test(result.getLeft())).as(cell).isTrue();
        }
        leasedConnections(cellAdapter)
                .ifPresent(leased -> assertThat(leased).as(cell + ": leased connections").isZero());
        assertThat(awaitEffects(op, location, existing, expected.effects())).as(cell + ": effects of the write")
                .isEqualTo(expected.effects());
        assertThat(server.requestCount(op)).as(cell + ": requests the server saw").isEqualTo(expected.requests());
        if (!op.idempotent()) {
            assertThat(attempts.events()).as(cell + ": attempts").hasSize(expected.requests());
        }
    }

    /** The write's effects once they reach {@code expected} (a delayed request lands late), or after a while. */
    private long awaitEffects(Operation op, LocationId location, WidgetId existing, long expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + EFFECT_WAIT.toNanos();
        long effects = GatewayCalls.effects(server.fake(), op, location, existing);
        while (effects < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
            effects = GatewayCalls.effects(server.fake(), op, location, existing);
        }
        return effects;
    }

    /** Every operation twice, so connections, JIT and the client's own start-up cost are behind us. */
    private void warmUp(ChatWidgets gateway) {
        for (int round = 0; round < 2; round++) {
            LocationId location = ContractIds.randomLocation();
            WidgetId existing = server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "Warm-up")).id();
            for (Operation op : WARM_UP_ORDER) {
                // A first call pays class loading on both sides and may outlast the short response timeout on a
                // loaded machine: a few tries, so the cells start warm; one that never succeeds still fails here.
                Either<ChatWidgetError, ?> result = GatewayCalls.call(gateway, op, location, existing);
                for (int tries = 1; result.isLeft() && tries < WARM_UP_TRIES; tries++) {
                    result = GatewayCalls.call(gateway, op, location, existing);
                }
                assertThat(result.isRight()).as("warm-up " + op + ": " + result).isTrue();
            }
        }
    }
}
