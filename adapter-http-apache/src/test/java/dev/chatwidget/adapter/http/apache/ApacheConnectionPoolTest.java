package dev.chatwidget.adapter.http.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.testing.StubServer;
import dev.chatwidget.adapter.http.testing.StubServer.Reply;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.pool.PoolStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ApacheConnectionPoolTest {

    static final LocationId LOCATION = LocationId.of("loc");
    static final WidgetId ID = WidgetId.of("w1");

    // The gateway keeps its transport to itself; tests that read pool statistics keep it here instead.
    private static final Map<CloseableGateway, ApacheTransport> TRANSPORTS =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** A gateway over a fresh Apache transport whose pool {@link #transport} can read. */
    static CloseableGateway open(HttpConfig config) {
        ApacheTransport transport = new ApacheTransport(config);
        CloseableGateway gateway = new HttpChatWidgetGateway(config, transport);
        TRANSPORTS.put(gateway, transport);
        return gateway;
    }

    static ApacheTransport transport(CloseableGateway gateway) {
        return TRANSPORTS.get(gateway);
    }

    @Test
    void concurrent_calls_never_lease_more_connections_than_configured_per_route() throws Exception {
        try (StubServer server = new StubServer().always(Reply.status(404).delayed(Duration.ofMillis(150)));
             CloseableGateway gateway = open(HttpConfig.builder(TokenProvider.fixed("t"))
                     .baseUri(server.baseUri()).maxConnections(4, 2).build())) {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> gateway.get(LOCATION, ID)));
            }
            int maxLeased = 0;
            int maxPending = 0;
            while (calls.stream().anyMatch(f -> !f.isDone())) {
                PoolStats stats = transport(gateway).poolStats();
                maxLeased = Math.max(maxLeased, stats.getLeased());
                maxPending = Math.max(maxPending, stats.getPending());
                Thread.sleep(5);
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

            assertThat(maxLeased).isEqualTo(2);
            assertThat(maxPending).isPositive();
            assertThat(transport(gateway).poolStats().getMax()).isEqualTo(4);
        }
    }

    @Test
    void connections_are_released_after_success_errors_and_oversized_bodies() {
        try (StubServer server = new StubServer();
             CloseableGateway gateway = open(HttpConfig.builder(TokenProvider.fixed("t"))
                     .baseUri(server.baseUri()).maxResponseBytes(64).build())) {
            server.reply(Reply.status(200).body("{}"), Reply.status(500).body("<html>oops</html>"),
                    Reply.status(200).body("x".repeat(10_000)), Reply.status(200).body("y".repeat(10_000)).withoutLength(),
                    Reply.status(204));

            for (int i = 0; i < 5; i++) {
                gateway.delete(LOCATION, ID);
            }

            PoolStats stats = transport(gateway).poolStats();
            assertThat(stats.getLeased()).isZero();
            assertThat(stats.getAvailable()).isLessThanOrEqualTo(stats.getMax());
        }
    }

    @Test
    void closing_the_gateway_closes_the_pool() {
        CloseableGateway gateway = open(HttpConfig.builder(TokenProvider.fixed("t")).build());

        gateway.close();
        gateway.close();

        assertThat(transport(gateway).poolStats().getLeased()).isZero();
        assertThat(gateway.get(LOCATION, ID).getLeft()).isInstanceOfSatisfying(TransportFailure.class,
                failure -> assertThat(failure.mayHaveReachedServer()).isFalse());
        assertThatThrownBy(() -> transport(gateway).prepare(new TransportRequest("GET",
                java.net.URI.create("http://127.0.0.1:1/"), List.of(), Optional.empty(), Duration.ofSeconds(1),
                Duration.ofSeconds(1))).execute()).isInstanceOf(TransportException.class);
    }
}
