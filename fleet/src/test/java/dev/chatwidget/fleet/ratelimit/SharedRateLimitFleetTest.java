package dev.chatwidget.fleet.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.redis.RedisServerExtension;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.fleet.harness.ChildOutcome;
import dev.chatwidget.fleet.harness.Fleet;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The multi-process proof: three separate JVMs of one app, four callers each, list one location for 21 s against a
 * fake server enforcing the documented 100 requests per 10 s (fixed windows, per token and location), sharing the
 * limit through one real Redis. Together they must use at least 95% of what the server allows, be refused (429)
 * for at most 1% of their requests, and each get within 25% of the mean share.
 * Before the shared limiter, instances with local limiters got 10% of their requests refused and shares from 38
 * to 84 per instance.
 */
class SharedRateLimitFleetTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final int INSTANCES = 3;
    private static final int CALLERS_PER_INSTANCE = 4;
    private static final Duration RUN = Duration.ofSeconds(21);
    private static final double ALLOWED_PER_SECOND = 100 / 10.0;
    private static final String TOKEN = "fleet-limit-token";
    private static final LocationId LOCATION = new LocationId("fleetLocation");
    private static final LocationId WARM_UP = new LocationId("warmUpLocation");
    private static final String GO = "fleet-test:go";

    @Test
    void three_processes_share_one_locations_limit_fully_fairly_and_without_429s() {
        RedisClient parent = RedisClient.create(REDIS.uri());
        try (StatefulRedisConnection<String, String> redis = parent.connect();
             FakeHighLevelServer server = FakeHighLevelServer.builder()
                .token(TOKEN, Set.of(LOCATION, WARM_UP), Scopes.ALL)
                .burstLimit(100, Duration.ofSeconds(10))
                .start();
             Fleet fleet = Fleet.of(INSTANCES, SharedLimitChild.class)
                     .args(i -> List.of(server.baseUri().toString(), REDIS.uri(), TOKEN, LOCATION.value(),
                             WARM_UP.value(), Integer.toString(CALLERS_PER_INSTANCE), GO))
                     .start()) {
            fleet.children().forEach(child -> assertThat(child.awaitEvent("ready", Duration.ofSeconds(90)))
                    .as("child %d ready: %s", child.index(), child.stderrTail()).isPresent());
            // Every child calls for the run's length from when it sees this.
            redis.sync().set(GO, Long.toString(RUN.toMillis()));

            List<ChildOutcome> outcomes = fleet.awaitAll(RUN.plusSeconds(60));

            assertThat(outcomes).allMatch(ChildOutcome::succeeded, "exited 0 with a summary");
            long served = outcomes.stream().mapToLong(o -> o.number("served")).sum();
            long refused = outcomes.stream().mapToLong(o -> o.number("server429")).sum();
            long sent = served + refused + outcomes.stream().mapToLong(o -> o.number("other")).sum();
            long start = outcomes.stream().mapToLong(o -> o.number("start")).min().getAsLong();
            long end = outcomes.stream().mapToLong(o -> o.number("end")).max().getAsLong();
            // What the server allows over the time the fleet was calling: 100 per 10 s.
            double utilisation = served / (ALLOWED_PER_SECOND * (end - start) / 1000.0);
            double mean = served / (double) INSTANCES;
            String report = String.format("served %d of %d sent in %d ms, %d answered 429 (%.2f%%), utilisation"
                            + " %.1f%%, shares %s, limiter refusals %s", served, sent, end - start, refused,
                    100.0 * refused / sent, 100 * utilisation, column(outcomes, "served"),
                    column(outcomes, "limiterRefused"));
            System.out.println("[shared rate limit fleet] " + report);
            assertThat(utilisation).as(report).isGreaterThanOrEqualTo(0.95);
            assertThat((double) refused).as(report).isLessThanOrEqualTo(0.01 * sent);
            for (ChildOutcome outcome : outcomes) {
                assertThat((double) outcome.number("served")).as(report).isBetween(0.75 * mean, 1.25 * mean);
            }
        } finally {
            parent.shutdown();
        }
    }

    private static List<String> column(List<ChildOutcome> outcomes, String key) {
        return outcomes.stream().map(o -> o.summary().get(key)).toList();
    }
}
