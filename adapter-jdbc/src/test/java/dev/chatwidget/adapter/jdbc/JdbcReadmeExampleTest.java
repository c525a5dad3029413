package dev.chatwidget.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import com.zaxxer.hikari.HikariDataSource;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import dev.chatwidget.adapter.http.apache.ApacheHttpModule;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Running many instances" PostgreSQL snippets, run against a real PostgreSQL and the fake server. */
class JdbcReadmeExampleTest {

    @RegisterExtension
    static final PostgresServerExtension POSTGRES = PostgresServerExtension.shared();

    private static HikariDataSource dataSource;

    private final String clientId = "app-1";
    private final String clientSecret = "app-secret-1";
    private final LocationId locationId = LocationId.of("readme-location");
    private final FakeOAuth oauth = new FakeOAuth(Clock.systemUTC())
            .registerClient(ClientCredentials.of(clientId, clientSecret));

    @BeforeAll
    static void pool() {
        dataSource = JdbcTokenStoreTest.pool(POSTGRES.jdbcUrl());
    }

    @AfterAll
    static void closePool() {
        dataSource.close();
    }

    @Test
    void every_instance_shares_the_tokens_on_postgresql_with_and_without_guice() {
        TokenGrant grantFromCodeExchange = oauth.install(clientId, locationId);
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth).start()) {
            server.seed(Widgets.liveChat(locationId, "Website chat"));
            URI tokenEndpoint = server.baseUri();
            Transport transport = ApacheHttpChatWidgets.transport(TransportSettings.defaults());
            // README
            // dataSource: your application's pool (HikariCP, ...); the store borrows a connection per statement
            JdbcTokenStore store = JdbcTokenStore.builder(dataSource)
                    .createTable(true) // or run dev/chatwidget/adapter/jdbc/schema-postgresql.sql yourself
                    .build();
            // once per location, from your app's install callback (the OAuth code exchange):
            store.save(locationId, StoredTokens.of(grantFromCodeExchange, Instant.now()));

            TokenProvider tokens = OAuthTokenProvider.builder(new HttpTokenRefresher(tokenEndpoint, transport),
                    ClientCredentials.of(clientId, clientSecret), store, Clock.systemUTC()).build();
            // END README
            assertThat(tokens.token(Optional.of(locationId)).isRight()).isTrue();
            transport.close();

            HttpConfig config = HttpConfig.builder().baseUri(server.baseUri()).build();
            Module oauthTokens = new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding()
                            .to(OAuthTokenProvider.class);
                }

                @Provides
                @Singleton
                OAuthTokenProvider tokens(TokenStore shared, @ForChatWidgets TokenRefresher refresher) {
                    return OAuthTokenProvider.builder(refresher, ClientCredentials.of(clientId, clientSecret), shared,
                            Clock.systemUTC()).build();
                }
            };
            // README
            Injector injector = Guice.createInjector(Stage.PRODUCTION,
                    new ApacheHttpModule(config), new JdbcModule(dataSource), oauthTokens);
            // END README
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
            assertThat(widgets.list(ListQuery.of(locationId)).isRight()).isTrue();
            assertThat(injector.getInstance(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }
}
