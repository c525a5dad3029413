package dev.chatwidget.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.auth.InMemoryTokenStore;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.testkit.fake.TestClock;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import dev.chatwidget.testkit.transport.RecordingTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * OAuth end to end over an HTTP adapter: the {@link OAuthTokenProvider} refreshing against the fake server's
 * {@code /oauth/token} through the adapter's own transport (the one the calls use), and the single re-send after a
 * 401, without Guice: one transport given to the refresher and the gateway (with the adapter's module:
 * {@code OAuthModuleContract}). An HTTP adapter's test implements the hook.
 */
public interface OAuthRefreshContract {

    ClientCredentials APP = ClientCredentials.of("app-1", "app-secret-1");
    LocationId LOCATION = LocationId.of("oauth-location");

    /** The adapter's transport, e.g. {@code ApacheHttpChatWidgets.transport(settings)}. */
    Transport transport(TransportSettings settings);

    @Test
    default void thirty_two_callers_with_an_expired_token_cause_exactly_one_refresh() throws Exception {
        try (World world = new World(this)) {
            world.clock.advance(Duration.ofDays(2));
            ExecutorService pool = Executors.newFixedThreadPool(32);
            try {
                List<Future<Boolean>> calls = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    calls.add(pool.submit(() -> world.widgets.list(ListQuery.of(LOCATION)).isRight()));
                }
                for (Future<Boolean> call : calls) {
                    assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(world.oauth.refreshesGranted()).isEqualTo(1);
        }
    }

    @Test
    default void a_401_mid_flight_refreshes_once_through_the_calls_transport_and_the_call_succeeds() {
        try (World world = new World(this)) {
            world.oauth.revokeAccessTokens(LOCATION);

            assertThat(world.widgets.list(ListQuery.of(LOCATION)).map(p -> p.totalCount()).getOrElse(-1L)).isEqualTo(1L);
            assertThat(world.oauth.refreshesGranted()).isEqualTo(1);
            assertRefreshedBetweenTwoCalls(world.transport.prepared());
        }
    }

    @Test
    default void a_rejected_refresh_says_reauthorization_is_needed_and_shows_no_secret() {
        try (World world = new World(this)) {
            world.oauth.uninstall(LOCATION);
            world.clock.advance(Duration.ofDays(2));

            ChatWidgetError error = world.widgets.list(ListQuery.of(LOCATION)).getLeft();

            assertThat(error).isInstanceOf(Unauthorized.class);
            assertThat(error.message()).contains("re-authoriz").doesNotContain(APP.clientSecret());
        }
    }

    /** A call, the refresh its 401 caused, the same call again: all three through one transport. */
    private static void assertRefreshedBetweenTwoCalls(List<String> prepared) {
        assertThat(prepared).hasSize(3);
        assertThat(prepared.get(0)).startsWith("GET /");
        assertThat(prepared.get(1)).isEqualTo("POST /oauth/token");
        assertThat(prepared.get(2)).isEqualTo(prepared.get(0));
    }

    /** The fake server with OAuth, a token store seeded by an install, and the facade over one shared transport. */
    final class World implements AutoCloseable {
        final TestClock clock = TestClock.fixed(Instant.parse("2026-03-01T00:00:00Z"));
        final FakeOAuth oauth = new FakeOAuth(clock).registerClient(APP);
        final FakeHighLevelServer server = FakeHighLevelServer.builder().clock(clock).oauth(oauth).start();
        final InMemoryTokenStore store = new InMemoryTokenStore();
        final RecordingTransport transport;
        final HttpChatWidgetGateway gateway;
        final ChatWidgets widgets;

        private World(OAuthRefreshContract test) {
            server.seed(Widgets.liveChat(LOCATION, "Website chat"));
            store.save(LOCATION, StoredTokens.of(oauth.install(APP.clientId(), LOCATION), clock.instant()));
            transport = new RecordingTransport(test.transport(TransportSettings.defaults()));
            OAuthTokenProvider tokens = OAuthTokenProvider.builder(
                    new HttpTokenRefresher(server.baseUri(), transport), APP, store, clock).build();
            gateway = new HttpChatWidgetGateway(HttpConfig.builder(tokens).baseUri(server.baseUri()).build(), transport);
            widgets = new ChatWidgetService(gateway);
        }

        @Override
        public void close() {
            gateway.close();
            server.close();
        }
    }
}
