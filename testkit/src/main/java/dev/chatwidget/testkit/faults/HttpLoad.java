package dev.chatwidget.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.application.resilience.BurstLimit;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.testkit.contract.ContractIds;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 32 callers share one resilient gateway for 5 seconds against the fake server, with about one request in
 * fourteen meeting a fault: no caller hangs, every call ends in a value (success or a typed error), no connection
 * is left behind, no create or clone is handled twice, and each location still has exactly one default. An HTTP
 * adapter's test extends this and supplies {@link #gateway(HttpConfig)}.
 */
@Tag("load")
@Timeout(90)
public abstract class HttpLoad {

    static final int CALLERS = 32;
    static final int LOCATIONS = 8;
    static final Duration RUN = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(HttpLoad.class);
    /**
     * What a call may end in: success; {@code NotFound} when another caller deleted the widget first; and what the
     * mixed-in faults cause when retries cannot or may not undo them (a daily 429, 429s and 503s past the retries, a
     * dropped, closed, slow or truncated exchange of a write, a malformed or oversized body).
     */
    private static final Set<String> TOLERATED = Set.of("success", "NotFound", "RateLimited(DAILY)",
            "RateLimited(BURST)", "ServerError", "TransportFailure", "UnexpectedResponse");
    private static final Pattern MADE_NAME = Pattern.compile("\"name\":\"(load-(?:create|clone)-\\d+)\"");

    /** The adapter under test, over {@code config}. */
    protected abstract CloseableGateway gateway(HttpConfig config);

    /** The adapter's connection pool counters (leased, pending, ...), where it has a pool it can report. */
    protected Map<String, Integer> poolStatistics(CloseableGateway gateway) {
        return Map.of();
    }

    @Test
    void thirty_two_callers_amid_faults_never_hang_lose_a_call_leak_a_connection_or_duplicate_a_write()
            throws Exception {
        try (FakeHighLevelServer server = Stacks.serverBuilder().threads(64).start()) {
            Map<LocationId, List<WidgetId>> seeded = seed(server);
            FaultSampler faults = FaultSampler.mixInto(server.faults());
            TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(BurstLimit.of(1_000_000, Duration.ofSeconds(1)),
                    Clock.systemUTC(), Sleeper.system());
            try (CloseableGateway adapter = gateway(Stacks.config(server.baseUri())
                    .maxConnections(2 * CALLERS, 2 * CALLERS).maxResponseBytes(FaultCase.MAX_RESPONSE_BYTES).build())) {
                ChatWidgets gateway = Stacks.resilient(adapter, Stacks.policy(), limiter, RetryListener.NONE);
                LoadWorkload workload = new LoadWorkload(seeded);
                Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
                LongAdder issued = new LongAdder();
                List<Throwable> escaped = new CopyOnWriteArrayList<>();

                long started = System.nanoTime();
                run(gateway, workload, issued, outcomes, escaped);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                server.faults().clear();

                Map<String, Long> byOutcome = new TreeMap<>();
                outcomes.forEach((outcome, count) -> byOutcome.put(outcome, count.sum()));
                Map<String, Integer> pool = poolStatistics(adapter);
                OptionalInt connections = TcpConnections.establishedTo(server.port());
                LOG.info("{} load: {} calls in {} ms by {} callers; outcomes {}; faults met {}; server requests {};"
                                + " pool {}; client connections open {}", adapter, issued.sum(), took.toMillis(),
                        CALLERS, byOutcome, faults.counts(), server.requests().size(), pool, connections);

                assertThat(escaped).as("exceptions that escaped a call").isEmpty();
                assertThat(byOutcome.values().stream().mapToLong(Long::longValue).sum()).as("calls accounted for")
                        .isEqualTo(issued.sum());
                assertOnlyToleratedFailures(byOutcome, faults, issued.sum());
                if (pool.isEmpty()) {
                    // Without pool counters the kernel's table is the only witness of a connection left behind.
                    assertThat(connections).as("client connections (no pool counters)").isPresent();
                } else {
                    assertThat(pool).as("pool counters").containsEntry("leased", 0).containsEntry("pending", 0);
                }
                connections.ifPresent(open -> assertThat(open).as("connections the client holds")
                        .isLessThanOrEqualTo(CALLERS));
                assertNoWriteHandledTwice(server, faults);
                assertStoredAndOneDefault(server, workload.acknowledged(), seeded.keySet());
            }
        }
    }

    private void run(ChatWidgets gateway, LoadWorkload workload, LongAdder issued,
                     Map<String, LongAdder> outcomes, List<Throwable> escaped) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long end = System.nanoTime() + RUN.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            running.add(callers.submit(() -> {
                while (System.nanoTime() < end) {
                    issued.increment();
                    try {
                        LoadWorkload.Call call = workload.next(gateway);
                        outcomes.computeIfAbsent(outcome(call), k -> new LongAdder()).increment();
                    } catch (RuntimeException | Error e) {
                        escaped.add(e);
                    }
                }
            }));
        }
        callers.shutdown();
        boolean finished = callers.awaitTermination(RUN.toSeconds() + 30, TimeUnit.SECONDS);
        assertThat(finished).as("every caller came back (no deadlock)").isTrue();
        for (Future<?> caller : running) {
            caller.get();
        }
    }

    private static String outcome(LoadWorkload.Call call) {
        if (call.result().isRight()) {
            return "success";
        }
        String type = call.result().getLeft().getClass().getSimpleName();
        return call.result().getLeft() instanceof RateLimited limited ? type + "(" + limited.scope() + ")" : type;
    }

    /**
     * Every call succeeds but for named reasons, each no more often than its cause: a widget another caller deleted
     * meanwhile ({@code NotFound}); a daily 429, a 503 past the retry budget, a malformed, cut or oversized body,
     * each at most once per such fault met; a transport failure at most once per closed, dropped, cut or slow
     * exchange, plus 2% of calls for timeouts of a busy 2-core machine.
     */
    private static void assertOnlyToleratedFailures(Map<String, Long> byOutcome, FaultSampler faults, long issued) {
        assertThat(byOutcome.keySet()).as("outcomes").contains("success").isSubsetOf(TOLERATED);
        Map<FaultSampler.Kind, Long> met = faults.counts();
        assertThat(byOutcome.getOrDefault("RateLimited(DAILY)", 0L)).as("daily 429s (faults met: %s)", met)
                .isLessThanOrEqualTo(met.get(FaultSampler.Kind.DAILY_429));
        assertThat(byOutcome.getOrDefault("RateLimited(BURST)", 0L)).as("burst 429s past the retries (faults met: %s)",
                met).isLessThanOrEqualTo(met.get(FaultSampler.Kind.BURST_429));
        assertThat(byOutcome.getOrDefault("ServerError", 0L)).as("server errors (faults met: %s)", met)
                .isLessThanOrEqualTo(met.get(FaultSampler.Kind.UNAVAILABLE_503));
        assertThat(byOutcome.getOrDefault("UnexpectedResponse", 0L)).as("unexpected responses (faults met: %s)", met)
                .isLessThanOrEqualTo(met.get(FaultSampler.Kind.MALFORMED) + met.get(FaultSampler.Kind.HUGE)
                        + met.get(FaultSampler.Kind.TRUNCATED));
        assertThat(byOutcome.getOrDefault("TransportFailure", 0L)).as("transport failures (faults met: %s)", met)
                .isLessThanOrEqualTo(met.get(FaultSampler.Kind.CLOSED) + met.get(FaultSampler.Kind.DROPPED)
                        + met.get(FaultSampler.Kind.TRUNCATED) + met.get(FaultSampler.Kind.SLOW) + issued / 50);
    }

    /** Each create or clone call has a name of its own: at most one of its requests was handled. */
    private static void assertNoWriteHandledTwice(FakeHighLevelServer server, FaultSampler faults) {
        Map<String, List<RecordedRequest>> byCall = new LinkedHashMap<>();
        for (RecordedRequest request : server.requests()) {
            Matcher name = MADE_NAME.matcher(request.body());
            if ((request.is(Operation.CREATE) || request.is(Operation.CLONE)) && name.find()) {
                byCall.computeIfAbsent(name.group(1), k -> new ArrayList<>()).add(request);
            }
        }
        assertThat(byCall).as("create and clone calls that reached the server").isNotEmpty();
        byCall.forEach((name, requests) -> {
            long handled = requests.stream()
                    .filter(r -> faults.faultOf(r).map(FaultSampler.Kind::handled).orElse(true)).count();
            assertThat(handled).as("requests of %s the server handled", name).isLessThanOrEqualTo(1);
            requests.subList(0, requests.size() - 1).forEach(earlier -> assertThat(faults.faultOf(earlier))
                    .as("why %s was sent again", name).contains(FaultSampler.Kind.BURST_429));
        });
    }

    private static void assertStoredAndOneDefault(FakeHighLevelServer server, List<ChatWidget> acknowledged,
                                                  Iterable<LocationId> locations) {
        assertThat(acknowledged).as("acknowledged creates and clones").isNotEmpty()
                .allSatisfy(w -> assertThat(server.fake().stored(w.locationId(), w.id())).isPresent());
        for (LocationId location : locations) {
            List<ChatWidget> live = server.fake().liveWidgets(location);
            assertThat(live.stream().filter(ChatWidget::isDefault).count()).as("defaults in %s", location)
                    .isEqualTo(live.isEmpty() ? 0 : 1);
        }
    }

    private static Map<LocationId, List<WidgetId>> seed(FakeHighLevelServer server) {
        Map<LocationId, List<WidgetId>> seeded = new LinkedHashMap<>();
        for (int l = 0; l < LOCATIONS; l++) {
            LocationId location = ContractIds.randomLocation();
            List<WidgetId> ids = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                ids.add(server.seed(SeedWidget.of(location, ChatType.LIVE_CHAT, "seed " + w)).id());
            }
            seeded.put(location, ids);
        }
        return seeded;
    }
}
