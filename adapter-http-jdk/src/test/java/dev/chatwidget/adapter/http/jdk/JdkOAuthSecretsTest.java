package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.testkit.fake.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No token or client secret in any log line, error message or toString(), on the happy path or off it. */
class JdkOAuthSecretsTest {

    static final String SECRET = "client-secret-do-not-leak";
    static final ClientCredentials APP = ClientCredentials.of("app-1", SECRET);
    static final LocationId LOC = LocationId.of("loc1");

    final TestClock clock = TestClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
    final FakeOAuth oauth = new FakeOAuth(clock, Duration.ofHours(1)).registerClient(APP);
    final FakeHighLevelServer server = FakeHighLevelServer.builder().clock(clock).oauth(oauth).start();
    final Transport transport = JdkHttpChatWidgets.transport(TransportSettings.defaults());

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        transport.close();
        server.close();
    }

    @Test
    void no_secret_reaches_a_log_line_message_or_to_string() {
        List<String> secrets = new ArrayList<>(List.of(SECRET));
        List<String> texts = new ArrayList<>();
        String log = capturingStandardError(() -> {
            TokenGrant installed = oauth.install("app-1", LOC);
            secrets.add(installed.accessToken().reveal());
            secrets.add(installed.refreshToken().reveal());
            FileTokenStore store = new FileTokenStore(dir.resolve("tokens.properties"));
            store.save(LOC, StoredTokens.of(installed, clock.instant()));
            HttpTokenRefresher refresher = new HttpTokenRefresher(server.baseUri(), transport);
            OAuthTokenProvider provider = OAuthTokenProvider.builder(refresher, APP, store, clock).build();

            clock.advance(Duration.ofHours(1));
            var refreshed = provider.token(Optional.of(LOC)).get();
            secrets.add(refreshed.reveal());
            secrets.add(store.load(LOC).get().orElseThrow().refreshToken().reveal());
            // off the happy path: a failing endpoint, a spent refresh token, then an uninstalled app
            oauth.failNextRefreshes(502, 1);
            texts.add(refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION).getLeft().toString());
            texts.add(refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION).getLeft().toString());
            oauth.uninstall(LOC);
            clock.advance(Duration.ofHours(1));
            texts.add(provider.token(Optional.of(LOC)).getLeft().toString());
            texts.addAll(List.of(provider.toString(), refresher.toString(), store.toString(), APP.toString(),
                    installed.toString(), store.load(LOC).get().orElseThrow().toString(), refreshed.toString(),
                    oauth.toString()));
        });

        assertThat(log).as("the capture works: refresh failures are logged").contains("OAuth token refresh");
        texts.add(log);
        assertThat(secrets).hasSize(5).doesNotContainNull();
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(secrets));
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
