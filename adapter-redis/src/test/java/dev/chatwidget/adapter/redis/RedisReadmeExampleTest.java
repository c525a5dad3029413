package dev.chatwidget.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import dev.chatwidget.adapter.http.apache.ApacheHttpModule;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Running many instances" snippets, run against a real Redis and the fake server. */
class RedisReadmeExampleTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private final String clientId = "app-1";
    private final String clientSecret = "app-secret-1";
    private final LocationId locationId = LocationId.of("readme-location");
    private final FakeOAuth oauth = new FakeOAuth(Clock.systemUTC())
            .registerClient(ClientCredentials.of(clientId, clientSecret));

    @Test
    void every_instance_shares_the_tokens_on_redis() {
        String redisUri = REDIS.uri();
        TokenGrant grantFromCodeExchange = oauth.install(clientId, locationId);
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth).start()) {
            server.seed(Widgets.liveChat(locationId, "Website chat"));
            URI tokenEndpoint = server.baseUri();
            Transport transport = ApacheHttpChatWidgets.transport(TransportSettings.defaults());
            // README
            RedisTokenStore store = RedisTokenStore.connect(redisUri); // close() it when the application stops
            // once per location, from your app's install callback (the OAuth code exchange):
            store.save(locationId, StoredTokens.of(grantFromCodeExchange, Instant.now()));

            TokenProvider tokens = OAuthTokenProvider.builder(new HttpTokenRefresher(tokenEndpoint, transport),
                            ClientCredentials.of(clientId, clientSecret), store, Clock.systemUTC())
                    .leaseTimeout(Duration.ofSeconds(10)) // a holder that dies frees the refresh after this
                    .leaseWait(Duration.ofSeconds(10))    // how long the others wait for the holder's save
                    .build();
            // END README
            assertThat(tokens.token(java.util.Optional.of(locationId)).isRight()).isTrue();
            store.close();
            transport.close();
        }
    }

    @Test
    void with_guice() {
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth).start()) {
            server.seed(Widgets.liveChat(locationId, "Website chat"));
            String redisUri = REDIS.uri();
            HttpConfig config = HttpConfig.builder().baseUri(server.baseUri()).build();
            try (RedisTokenStore seeding = RedisTokenStore.connect(redisUri)) {
                seeding.save(locationId, StoredTokens.of(oauth.install(clientId, locationId), Instant.now()));
            }
            // README
            Module oauthTokens = new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding()
                            .to(OAuthTokenProvider.class);
                }

                @Provides
                @Singleton
                OAuthTokenProvider tokens(TokenStore store, // the RedisModule's RedisTokenStore
                                          @ForChatWidgets TokenRefresher refresher) { // over the adapter's transport
                    return OAuthTokenProvider.builder(refresher, ClientCredentials.of(clientId, clientSecret), store,
                            Clock.systemUTC()).build();
                }
            };
            Injector injector = Guice.createInjector(Stage.PRODUCTION,
                    new ApacheHttpModule(config), new RedisModule(redisUri), oauthTokens);
            // END README
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
            assertThat(widgets.list(ListQuery.of(locationId)).isRight()).isTrue();
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }
}
