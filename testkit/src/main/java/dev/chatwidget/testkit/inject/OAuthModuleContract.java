package dev.chatwidget.testkit.inject;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.core.application.auth.InMemoryTokenStore;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.testkit.fake.TestClock;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import dev.chatwidget.testkit.transport.RecordingTransport;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An HTTP adapter's Guice module carries OAuth refreshes on its one transport: an {@link OAuthTokenProvider} made
 * from the module's {@code @ForChatWidgets TokenRefresher}, with a config that names no token provider, refreshes
 * after a 401 through the {@code @ForChatWidgets Transport} the calls use (wrapped here to record), which the
 * resources then close exactly once. An HTTP adapter's test implements the two hooks.
 */
public interface OAuthModuleContract {

    /** The adapter's transport, e.g. {@code ApacheHttpChatWidgets.transport(settings)}. */
    Transport transport(TransportSettings settings);

    /** The adapter's Guice module over {@code config}. */
    Module module(HttpConfig config);

    @Test
    default void the_modules_refresher_sends_through_the_modules_one_transport_which_is_closed_once() {
        ClientCredentials app = ClientCredentials.of("module-app", "module-secret");
        LocationId location = LocationId.of("oauth-module-location");
        TestClock clock = TestClock.fixed(Instant.parse("2026-03-01T00:00:00Z"));
        FakeOAuth oauth = new FakeOAuth(clock).registerClient(app);
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.save(location, StoredTokens.of(oauth.install(app.clientId(), location), clock.instant()));
        RecordingTransport recording = new RecordingTransport(transport(TransportSettings.defaults()));
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().clock(clock).oauth(oauth).start()) {
            server.seed(Widgets.liveChat(location, "Website chat"));
            Module oauthTokens = new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding()
                            .to(OAuthTokenProvider.class);
                }

                @Provides
                @Singleton
                OAuthTokenProvider tokens(@ForChatWidgets TokenRefresher refresher) {
                    return OAuthTokenProvider.builder(refresher, app, store, clock).build();
                }
            };
            Module adapter = Modules.override(module(HttpConfig.builder().baseUri(server.baseUri()).build()))
                    .with(binder -> binder.bind(Key.get(Transport.class, ForChatWidgets.class)).toInstance(recording));
            Injector injector = Guice.createInjector(Stage.PRODUCTION, adapter, oauthTokens);
            oauth.revokeAccessTokens(location);

            boolean listed = injector.getInstance(ChatWidgets.class).list(ListQuery.of(location)).isRight();
            injector.getInstance(ChatWidgetsResources.class).close();

            assertThat(listed).isTrue();
            assertThat(oauth.refreshesGranted()).isEqualTo(1);
            List<String> prepared = recording.prepared();
            assertThat(prepared).hasSize(3);
            assertThat(prepared.get(1)).isEqualTo("POST /oauth/token");
            assertThat(prepared.get(2)).isEqualTo(prepared.get(0)).startsWith("GET /");
            assertThat(recording.closes()).as("closed by the resources, once").isEqualTo(1);
        }
    }
}
