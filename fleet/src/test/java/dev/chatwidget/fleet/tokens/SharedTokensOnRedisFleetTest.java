package dev.chatwidget.fleet.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.redis.RedisServerExtension;
import dev.chatwidget.adapter.redis.RedisTokenStore;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.fleet.harness.ChildOutcome;
import dev.chatwidget.fleet.harness.Fleet;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.RateLimitPolicy;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The multi-process proof on Redis. A first process takes the refresh lease and is SIGKILLed before its refresh
 * is sent; then three worker JVMs share the location's OAuth tokens (access tokens of 4 s) against one fake server
 * for 20 s while Redis is stopped for a second and restarted: no caller sees Unauthorized or any failure, the
 * endpoint refuses no refresh, and the refreshes granted are the rotations the run needed.
 */
class SharedTokensOnRedisFleetTest {

    private static final int WORKERS = 3;
    private static final Duration RUN = Duration.ofSeconds(20);

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Test
    void workers_share_one_refresh_after_a_killed_holder_and_through_a_redis_restart() throws Exception {
        FakeOAuth oauth = new FakeOAuth(Clock.systemUTC(), FleetApp.ACCESS_TOKEN_LIFETIME)
                .registerClient(FleetApp.CLIENT);
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth)
                .rateLimits(RateLimitPolicy.UNLIMITED).start();
             RedisTokenStore store = RedisTokenStore.connect(REDIS.uri())) {
            server.seed(Widgets.liveChat(FleetApp.LOCATION, "Website chat"));
            // Installed a while ago: the access token has expired, so the first call of anyone refreshes.
            TokenGrant install = oauth.install(FleetApp.CLIENT.clientId(), FleetApp.LOCATION);
            store.save(FleetApp.LOCATION, StoredTokens.of(install, Instant.now().minus(Duration.ofMinutes(1))));

            ChildOutcome victim;
            try (Fleet first = fleet(1, "victim", server)) {
                Optional<String> refreshing = first.child(0).awaitEvent("refreshing", Duration.ofSeconds(60));
                assertThat(refreshing).as("the victim took the lease and began a refresh\n" + first.child(0)
                        .stderrTail()).isPresent();
                first.child(0).kill();
                victim = first.awaitAll(Duration.ofSeconds(5)).get(0);
            }
            long started = System.nanoTime();
            List<ChildOutcome> workers;
            try (Fleet fleet = fleet(WORKERS, "worker", server)) {
                fleet.children().forEach(c -> c.awaitEvent("calling", Duration.ofSeconds(60)));
                Thread.sleep(RUN.dividedBy(2).toMillis());
                REDIS.pause();
                Thread.sleep(1000);
                REDIS.resume();
                workers = fleet.awaitAll(RUN.plus(Duration.ofSeconds(60)));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(victim.exitCode()).as("victim SIGKILLed").isEqualTo(128 + 9);
            FleetTotals.of("redis", workers, oauth).assertOneSharedRefreshPerRotation(elapsed);
        }
    }

    private static Fleet fleet(int count, String role, FakeHighLevelServer server) {
        return TokenFleetChild.fleet(count, REDIS.uri(), server, RUN, role);
    }
}
