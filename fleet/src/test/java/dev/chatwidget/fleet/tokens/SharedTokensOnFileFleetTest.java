package dev.chatwidget.fleet.tokens;

import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.fleet.harness.ChildOutcome;
import dev.chatwidget.fleet.harness.Fleet;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.RateLimitPolicy;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's own scenario, fixed: three processes on one host sharing one {@link FileTokenStore} against the fake
 * server with short-lived access tokens. Before the shared lease: 30 refreshes requested, 20 refused, 23 calls
 * answered Unauthorized in 25 s. Now: none refused, none surfaced.
 */
class SharedTokensOnFileFleetTest {

    private static final Duration RUN = Duration.ofSeconds(12);

    @TempDir
    Path dir;

    @Test
    void three_processes_on_one_token_file_refresh_once_per_rotation() {
        FakeOAuth oauth = new FakeOAuth(Clock.systemUTC(), FleetApp.ACCESS_TOKEN_LIFETIME)
                .registerClient(FleetApp.CLIENT);
        Path file = dir.resolve("tokens.properties");
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth)
                .rateLimits(RateLimitPolicy.UNLIMITED).start()) {
            server.seed(Widgets.liveChat(FleetApp.LOCATION, "Website chat"));
            new FileTokenStore(file).save(FleetApp.LOCATION, StoredTokens.of(
                    oauth.install(FleetApp.CLIENT.clientId(), FleetApp.LOCATION), Instant.now()));
            long started = System.nanoTime();
            List<ChildOutcome> workers;
            try (Fleet fleet = TokenFleetChild.fleet(3, file.toUri().toString(), server, RUN, "worker")) {
                workers = fleet.awaitAll(RUN.plus(Duration.ofSeconds(60)));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            FleetTotals.of("file", workers, oauth).assertOneSharedRefreshPerRotation(elapsed);
        }
    }
}
