package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.testkit.fake.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.application.auth.InMemoryTokenStore;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider, the HTTP refresher (over the JDK transport) and the fake token endpoint together, on loopback. */
class JdkOAuthEndToEndTest {

    static final ClientCredentials APP = ClientCredentials.of("app-1", "secret-1");
    static final LocationId LOC = LocationId.of("loc1");
    static final Optional<LocationId> AT_LOC = Optional.of(LOC);
    static final Duration LIFETIME = Duration.ofHours(1);

    final TestClock clock = TestClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
    final FakeOAuth oauth = new FakeOAuth(clock, LIFETIME).registerClient(APP);
    final FakeHighLevelServer server = FakeHighLevelServer.builder().clock(clock).oauth(oauth).start();
    final Transport transport = JdkHttpChatWidgets.transport(TransportSettings.defaults());
    final ExecutorService pool = Executors.newFixedThreadPool(32);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        pool.shutdownNow();
        transport.close();
        server.close();
    }

    TokenStore installed(TokenStore store) {
        TokenGrant grant = oauth.install("app-1", LOC);
        store.save(LOC, StoredTokens.of(grant, clock.instant()));
        return store;
    }

    OAuthTokenProvider provider(TokenStore store) {
        return OAuthTokenProvider.builder(new HttpTokenRefresher(server.baseUri(), transport), APP, store, clock).build();
    }

    /** What an HTTP adapter does: send the token; on 401 ask the provider and retry once. */
    boolean call(TokenProvider tokens) {
        Either<ChatWidgetError, AccessToken> token = tokens.token(AT_LOC);
        if (token.isLeft()) {
            return false;
        }
        if (oauth.locationOf(token.get().reveal()).isPresent()) {
            return true;
        }
        return tokens.onUnauthorized(AT_LOC, token.get())
                && tokens.token(AT_LOC).map(t -> oauth.locationOf(t.reveal()).isPresent()).getOrElse(false);
    }

    <T> List<T> together(int threads, Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(20, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void thirty_two_callers_with_an_expired_token_cause_exactly_one_refresh() throws Exception {
        OAuthTokenProvider provider = provider(installed(new InMemoryTokenStore()));
        clock.advance(LIFETIME);
        oauth.refreshDelay(Duration.ofMillis(300));

        List<Either<ChatWidgetError, AccessToken>> tokens = together(32, () -> provider.token(AT_LOC));

        assertThat(oauth.refreshRequests()).isEqualTo(1);
        assertThat(tokens).allSatisfy(t -> assertThat(oauth.locationOf(t.get().reveal())).contains(LOC));
        assertThat(tokens.stream().map(Either::get).distinct()).hasSize(1);
    }

    @Test
    void a_401_mid_flight_refreshes_once_and_every_retry_succeeds() throws Exception {
        OAuthTokenProvider provider = provider(installed(new InMemoryTokenStore()));
        assertThat(call(provider)).isTrue();
        oauth.revokeAccessTokens(LOC);
        oauth.refreshDelay(Duration.ofMillis(300));

        List<Boolean> calls = together(16, () -> call(provider));

        assertThat(calls).containsOnly(true);
        assertThat(oauth.refreshRequests()).isEqualTo(1);
    }

    @Test
    void an_uninstalled_app_needs_reauthorization_and_the_endpoint_is_not_asked_again() {
        OAuthTokenProvider provider = provider(installed(new InMemoryTokenStore()));
        oauth.uninstall(LOC);
        clock.advance(LIFETIME);

        ChatWidgetError error = provider.token(AT_LOC).getLeft();
        provider.token(AT_LOC);

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("re-authorization is needed", "re-install the app", "loc1",
                "invalid_grant");
        assertThat(oauth.refreshRequests()).isEqualTo(1);
    }

    @Test
    void a_restart_keeps_the_rotated_refresh_token() {
        Path file = dir.resolve("tokens.properties");
        OAuthTokenProvider first = provider(installed(new FileTokenStore(file)));
        clock.advance(LIFETIME);
        assertThat(call(first)).isTrue();

        clock.advance(LIFETIME);
        OAuthTokenProvider restarted = provider(new FileTokenStore(file));

        assertThat(call(restarted)).isTrue();
        assertThat(oauth.refreshesGranted()).isEqualTo(2);
        assertThat(oauth.refreshRequests()).isEqualTo(2);
    }
}
