package dev.chatwidget.cli.readme;

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
import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import dev.chatwidget.adapter.http.apache.ApacheHttpModule;
import dev.chatwidget.adapter.http.jdk.JdkHttpModule;
import dev.chatwidget.adapter.http.jersey.JerseyModule;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.adapter.inmemory.DemoLocation;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.InMemoryModule;
import dev.chatwidget.adapter.inmemory.SeedWidget;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.application.auth.InMemoryTokenStore;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.inject.environment.ChatWidgetsEnvironment;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import io.vavr.control.Either;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README, compiled and run. The code between {@code // README} and {@code // END README}
 * is the README's text, character for character (after indentation); {@link #every_readme_snippet_is_here} checks.
 */
class ReadmeExamplesTest {

    @Test
    void every_readme_snippet_is_here_and_every_example_is_in_the_readme() throws IOException {
        List<String> snippets = ReadmeSnippets.blocks(ReadmeSnippets.readme(), "java");
        List<String> regions = new java.util.ArrayList<>();
        for (String example : List.of("cli/src/test/java/dev/chatwidget/cli/readme/ReadmeExamplesTest.java",
                "testkit/src/test/java/dev/chatwidget/testkit/example/WebsiteChatProvisionerTest.java",
                "testkit/src/test/java/dev/chatwidget/testkit/thirdparty/CachingGatewayContractTest.java",
                "adapter-redis/src/test/java/dev/chatwidget/adapter/redis/RedisReadmeExampleTest.java",
                "adapter-redis/src/test/java/dev/chatwidget/adapter/redis/RedisRateLimitReadmeExampleTest.java",
                "adapter-jdbc/src/test/java/dev/chatwidget/adapter/jdbc/JdbcReadmeExampleTest.java",
                "spring-boot-starter/src/test/java/dev/chatwidget/spring/boot/readme/SupportWidgets.java",
                "spring-boot-starter/src/test/java/dev/chatwidget/spring/boot/readme/SupportWidgetsTest.java")) {
            regions.addAll(ReadmeSnippets.regions(ReadmeSnippets.root().resolve(example)));
        }

        assertThat(snippets).isNotEmpty();
        assertThat(regions).containsExactlyInAnyOrderElementsOf(snippets);
    }

    @Test
    void the_spring_boot_properties_are_those_the_quick_start_application_runs_with() throws IOException {
        String file = Files.readString(ReadmeSnippets.root()
                .resolve("spring-boot-starter/src/test/resources/readme-quick-start.properties")).strip();

        assertThat(ReadmeSnippets.blocks(ReadmeSnippets.readme(), "properties")).containsExactly(file);
    }

    @Test
    void the_readme_starts_with_the_run_and_test_commands() throws IOException {
        List<String> lines = ReadmeSnippets.readme().lines().limit(12).toList();

        assertThat(lines).contains("mvn -B -q -DskipTests package -pl cli -am && cli/target/chat-widget"
                + " --seed demo list --location demo", "mvn -B verify");
    }

    @Test
    void in_memory_quick_start() {
        // README
        ChatWidgets widgets = InMemoryFake.create().chatWidgets();
        LocationId location = LocationId.of("loc1");

        ChatWidget support = widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Support"))
                .getOrElseThrow(ChatWidgetException::new);
        Page<WidgetSummary> page = widgets.list(ListQuery.of(location).withLimit(50))
                .getOrElseThrow(ChatWidgetException::new);

        Either<ChatWidgetError, ChatWidget> missing = widgets.get(location, WidgetId.of("noSuchWidget00000000"));
        boolean notFound = missing.isLeft() && missing.getLeft() instanceof NotFound;
        // END README
        assertThat(support.isDefault()).isTrue();
        assertThat(page.items()).hasSize(1);
        assertThat(notFound).isTrue();
    }

    @Test
    void the_api_walk_creation_source_and_delete() {
        // README
        ChatWidgets widgets = InMemoryFake.create().chatWidgets();
        LocationId location = LocationId.of("loc1");
        ChatWidget support = widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Support"))
                .getOrElseThrow(ChatWidgetException::new);

        ListQuery madeByTheApi = ListQuery.of(location).withLimit(100).withCreationSource(CreationSource.PUBLIC_API);
        List<String> names = new ArrayList<>();
        for (WidgetSummary widget : widgets.walk(madeByTheApi)) { // fetches one page at a time
            names.add(widget.name());
        }

        Deleted deleted = widgets.delete(location, support.id()).getOrElseThrow(ChatWidgetException::new);
        boolean answeredTheWidget = deleted.widget().map(ChatWidget::deleted).orElse(false);
        // END README
        assertThat(names).containsExactly("Support");
        assertThat(answeredTheWidget).isTrue();
    }

    @Test
    void apache_quick_start() {
        String token = "pit-readme";
        // README
        HttpConfig config = HttpConfig.builder(TokenProvider.fixed(token)).build();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new ApacheHttpModule(config));
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

        // when the application stops: release the connection pool
        injector.getInstance(ChatWidgetsResources.class).close();
        // END README
        assertThat(widgets).isNotNull();
    }

    @Test
    void jersey_quick_start() {
        String token = "pit-readme";
        // README
        HttpConfig config = HttpConfig.builder(TokenProvider.fixed(token))
                .baseUri("https://services.leadconnectorhq.com")
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new JerseyModule(config));
        // END README
        assertThat(injector.getInstance(ChatWidgets.class)).isNotNull();
        injector.getInstance(ChatWidgetsResources.class).close();
    }

    @Test
    void jdk_quick_start() {
        String token = "pit-readme";
        // README
        HttpConfig config = HttpConfig.builder(TokenProvider.fixed(token)).build();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new JdkHttpModule(config));
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
        // END README
        assertThat(widgets).isNotNull();
        injector.getInstance(ChatWidgetsResources.class).close();
    }

    @Test
    void testing_with_the_fake_server() {
        // README
        LocationId location = LocationId.of("loc1");
        try (FakeHighLevelServer server = FakeHighLevelServer.builder()
                .token("test-token", Set.of(location), Scopes.ALL).start()) {
            HttpConfig config = HttpConfig.builder(TokenProvider.fixed("test-token")).baseUri(server.baseUri()).build();
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new ApacheHttpModule(config));
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

            widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Support"));

            assertThat(server.requestCount(Operation.CREATE)).isEqualTo(1);
            assertThat(server.fake().liveWidgets(location)).hasSize(1);
            injector.getInstance(ChatWidgetsResources.class).close();
        }
        // END README
    }

    @Test
    void guice_in_memory() {
        // README
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule());
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
        // END README
        assertThat(widgets.list(ListQuery.of(LocationId.of("loc1"))).get().totalCount()).isZero();
    }

    @Test
    void guice_extension_points() {
        // README
        Module tuning = new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), RetryPolicy.class)
                        .setBinding().toInstance(RetryPolicy.defaults().withMaxAttempts(5));
                OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, ForChatWidgets.class))
                        .setBinding().toInstance(Clock.systemUTC());
            }
        };
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule(), tuning);
        // END README
        assertThat(injector.getInstance(RetryPolicy.class).maxAttempts()).isEqualTo(5);
    }

    @Test
    void guice_modules_override() {
        // README
        System.Logger log = System.getLogger("widgets");
        RetryListener logAttempts = event -> log.log(System.Logger.Level.INFO, event.toString());
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Modules.override(new InMemoryModule())
                .with(binder -> binder.bind(RetryListener.class).toInstance(logAttempts)));
        // END README
        assertThat(injector.getInstance(RetryListener.class)).isSameAs(logAttempts);
    }

    @Test
    void environment_from_the_process() {
        System.setProperty("chatwidget.adapter", "inmemory");
        try {
            // README
            Module chosen = ChatWidgetsEnvironment.fromSystem().module();
            Injector injector = Guice.createInjector(Stage.PRODUCTION, chosen);
            // END README
            assertThat(injector.getInstance(ChatWidgets.class)).isNotNull();
        } finally {
            System.clearProperty("chatwidget.adapter");
        }
    }

    @Test
    void environment_in_tests() {
        // README
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", "inmemory"));
        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION, environment.module())
                .getInstance(ChatWidgets.class);
        // END README
        assertThat(widgets).isNotNull();
    }

    @Test
    void testing_with_the_in_memory_fake() {
        // README
        InMemoryFake fake = InMemoryFake.create();
        LocationId shop = LocationId.of("shop1");
        fake.seed(SeedWidget.of(shop, ChatType.WA_CHAT, "WhatsApp sales").asDefault());
        DemoLocation.seed(fake);

        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule(fake))
                .getInstance(ChatWidgets.class);
        widgets.create(NewWidget.of(shop, ChatType.LIVE_CHAT, "Site chat"));

        List<ChatWidget> stored = fake.liveWidgets(shop);
        // END README
        assertThat(stored).extracting(ChatWidget::name).containsExactly("WhatsApp sales", "Site chat");
        assertThat(fake.liveWidgets(DemoLocation.ID)).hasSize(6);
    }

    @Test
    void oauth_token_provider(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String clientId = "app-1";
        String clientSecret = "app-secret-1";
        LocationId locationId = LocationId.of("loc1");
        FakeOAuth oauth = new FakeOAuth(Clock.systemUTC()).registerClient(ClientCredentials.of(clientId, clientSecret));
        TokenGrant grantFromCodeExchange = oauth.install(clientId, locationId);
        java.nio.file.Path tokenFile = dir.resolve("highlevel-tokens.properties");
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth).start()) {
            java.net.URI apiBase = server.baseUri();
            // README
            TokenStore store = new FileTokenStore(tokenFile); // owner-only (rw-------), survives restarts
            // once per location, from your app's install callback (the OAuth code exchange):
            store.save(locationId, StoredTokens.of(grantFromCodeExchange, Instant.now()));

            Module oauthTokens = new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding()
                            .to(OAuthTokenProvider.class);
                }

                @Provides
                @Singleton
                OAuthTokenProvider tokens(@ForChatWidgets TokenRefresher refresher) { // over the adapter's transport
                    return OAuthTokenProvider.builder(refresher, ClientCredentials.of(clientId, clientSecret), store,
                                    Clock.systemUTC())
                            .refreshAhead(Duration.ofMinutes(5))
                            .build();
                }
            };
            HttpConfig config = HttpConfig.builder().baseUri(apiBase).build(); // the token provider is the binding
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new ApacheHttpModule(config), oauthTokens);
            // END README
            oauth.revokeAccessTokens(locationId);
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
            assertThat(widgets.list(ListQuery.of(locationId)).isRight()).isTrue();
            assertThat(oauth.refreshesGranted()).isEqualTo(1);
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }

    @Test
    void oauth_without_guice_shares_one_transport() {
        String clientId = "app-1";
        String clientSecret = "app-secret-1";
        LocationId locationId = LocationId.of("loc1");
        FakeOAuth oauth = new FakeOAuth(Clock.systemUTC()).registerClient(ClientCredentials.of(clientId, clientSecret));
        TokenStore store = new InMemoryTokenStore();
        store.save(locationId, StoredTokens.of(oauth.install(clientId, locationId), Instant.now()));
        oauth.revokeAccessTokens(locationId);
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().oauth(oauth).start()) {
            java.net.URI tokenEndpoint = server.baseUri();
            java.net.URI apiBase = server.baseUri();
            // README
            Transport transport = ApacheHttpChatWidgets.transport(TransportSettings.defaults()); // or Jersey's, the JDK's
            TokenProvider tokens = OAuthTokenProvider.builder(new HttpTokenRefresher(tokenEndpoint, transport),
                    ClientCredentials.of(clientId, clientSecret), store, Clock.systemUTC()).build();
            HttpConfig config = HttpConfig.builder(tokens).baseUri(apiBase).build();
            CloseableGateway gateway = new HttpChatWidgetGateway(config, transport);
            ChatWidgets widgets = new ChatWidgetService(gateway);

            // when the application stops: closes the transport as well
            gateway.close();
            // END README
            assertThat(widgets.list(ListQuery.of(locationId)).getLeft()).isInstanceOf(TransportFailure.class);
        }
    }

    @Test
    void token_provider_bound_with_guice() {
        TokenProvider tokens = TokenProvider.fixed("pit-1234");
        HttpConfig config = HttpConfig.builder().baseUri("http://127.0.0.1:9").build();
        // README
        Module tokenBinding = new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding().toInstance(tokens);
            }
        };
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new ApacheHttpModule(config), tokenBinding);
        // END README
        assertThat(injector.getInstance(TokenProvider.class)).isSameAs(tokens);
        injector.getInstance(ChatWidgetsResources.class).close();
    }
}
