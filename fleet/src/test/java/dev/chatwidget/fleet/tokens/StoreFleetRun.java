package dev.chatwidget.fleet.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.port.out.TokenStore;
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

/**
 * One shared store's run of the token-fleet proof, with its own fake server (so its refreshes are counted apart):
 * a first process takes the refresh lease and is SIGKILLed before its refresh is sent, then workers share the
 * location's tokens for the run. Several runs (one per store) go side by side: the children mostly sleep.
 */
final class StoreFleetRun implements AutoCloseable {

    private final String name;
    private final String storeUri;
    private final Duration run;
    private final Duration tokenLifetime;
    private final FakeOAuth oauth;
    private final FakeHighLevelServer server;
    private Fleet victim;
    private ChildOutcome victimOutcome;
    private Fleet workers;
    private long workersStarted;

    private StoreFleetRun(String name, String storeUri, Duration run, Duration tokenLifetime) {
        this.name = name;
        this.storeUri = storeUri;
        this.run = run;
        this.tokenLifetime = tokenLifetime;
        this.oauth = new FakeOAuth(Clock.systemUTC(), tokenLifetime).registerClient(FleetApp.CLIENT);
        this.server = FakeHighLevelServer.builder().oauth(oauth).rateLimits(RateLimitPolicy.UNLIMITED).start();
    }

    /**
     * A run on the store at {@code storeUri} ({@code seed} is the same store, opened by the test) whose fake server
     * grants access tokens of {@code tokenLifetime}, installed a while ago: the access token has expired, so the
     * first call of anyone refreshes.
     */
    static StoreFleetRun installed(String name, String storeUri, TokenStore seed, Duration run,
                                   Duration tokenLifetime) {
        StoreFleetRun fleetRun = new StoreFleetRun(name, storeUri, run, tokenLifetime);
        fleetRun.server.seed(Widgets.liveChat(FleetApp.LOCATION, "Website chat"));
        TokenGrant install = fleetRun.oauth.install(FleetApp.CLIENT.clientId(), FleetApp.LOCATION);
        seed.save(FleetApp.LOCATION, StoredTokens.of(install, Instant.now().minus(Duration.ofMinutes(1))))
                .getOrElseThrow(error -> new AssertionError(error.message()));
        return fleetRun;
    }

    /** Starts the process that will hold the lease when it is killed. */
    void startVictim() {
        victim = TokenFleetChild.fleet(1, storeUri, server, run, "victim");
    }

    /** Waits until the victim holds the lease and is about to refresh, then SIGKILLs it. */
    void killVictimMidRefresh() {
        Optional<String> refreshing = victim.child(0).awaitEvent("refreshing", Duration.ofSeconds(60));
        assertThat(refreshing).as(name + ": the victim took the lease and began a refresh\n"
                + victim.child(0).stderrTail()).isPresent();
        victim.child(0).kill();
        victimOutcome = victim.awaitAll(Duration.ofSeconds(5)).get(0);
        victim.close();
    }

    /** Starts {@code count} workers and returns once each is calling. */
    void startWorkers(int count) {
        workersStarted = System.nanoTime();
        workers = TokenFleetChild.fleet(count, storeUri, server, run, "worker");
    }

    void awaitCalling() {
        workers.children().forEach(c -> c.awaitEvent("calling", Duration.ofSeconds(60)));
    }

    boolean workersRunning() {
        return workers.children().stream().anyMatch(c -> c.isAlive());
    }

    /** Waits for the workers, then checks the proof's bar; returns what they saw. */
    FleetTotals finish() {
        List<ChildOutcome> outcomes = workers.awaitAll(run.plus(Duration.ofSeconds(60)));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - workersStarted);
        assertThat(victimOutcome.exitCode()).as(name + ": victim SIGKILLed").isEqualTo(128 + 9);
        FleetTotals totals = FleetTotals.of(name, outcomes, oauth, tokenLifetime);
        totals.assertOneSharedRefreshPerRotation(elapsed);
        return totals;
    }

    @Override
    public void close() {
        if (victim != null) {
            victim.close();
        }
        if (workers != null) {
            workers.close();
        }
        server.close();
    }
}
