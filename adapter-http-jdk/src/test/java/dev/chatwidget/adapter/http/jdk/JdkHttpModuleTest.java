package dev.chatwidget.adapter.http.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.testing.ConnectionRelay;
import dev.chatwidget.core.application.resilience.AttemptEvent;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import dev.chatwidget.core.inject.environment.ChatWidgetsEnvironment;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdkHttpModuleTest {

    private static final LocationId LOCATION = LocationId.of("loc1");
    private static final String TOKEN = "pit-jdk-module";

    private final FakeHighLevelServer server = FakeHighLevelServer.builder()
            .token(TOKEN, Set.of(LOCATION), Scopes.ALL).start();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpConfig config(String token) {
        return HttpConfig.builder(TokenProvider.fixed(token)).baseUri(server.baseUri()).build();
    }

    @Test
    void injector_builds_in_production_stage_and_the_chat_widgets_work_against_the_fake_server() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new JdkHttpModule(config(TOKEN)));
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
        try {
            ChatWidget created = widgets.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support"))
                    .getOrElseThrow(ChatWidgetException::new);

            assertThat(created.isDefault()).isTrue();
            assertThat(widgets.get(LOCATION, created.id()).get().name()).isEqualTo("Support");
            assertThat(widgets.list(ListQuery.of(LOCATION)).get().totalCount()).isEqualTo(1);
        } finally {
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }

    @Test
    void token_provider_is_replaced_with_optional_binder_set_binding() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new JdkHttpModule(config("wrong-token")),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), TokenProvider.class)
                                .setBinding().toInstance(TokenProvider.fixed(TOKEN));
                    }
                });
        try {
            assertThat(injector.getInstance(ChatWidgets.class).list(ListQuery.of(LOCATION)).isRight()).isTrue();
        } finally {
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }

    @Test
    void retry_listener_is_replaced_with_modules_override_and_hears_every_attempt() {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Modules.override(new JdkHttpModule(
                config("wrong-token"))).with(binder -> binder.bind(RetryListener.class).toInstance(events::add)));
        try {
            var result = injector.getInstance(ChatWidgets.class).list(ListQuery.of(LOCATION));

            assertThat(result.getLeft()).isInstanceOf(Unauthorized.class);
            assertThat(events).extracting(AttemptEvent::decision)
                    .containsExactly(AttemptEvent.Decision.NOT_RETRYABLE);
        } finally {
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }

    @Test
    void the_applications_own_unqualified_http_client_and_object_mapper_do_not_clash() {
        java.net.http.HttpClient mine = java.net.http.HttpClient.newHttpClient();
        ObjectMapper myMapper = new ObjectMapper();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new JdkHttpModule(config(TOKEN)),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(java.net.http.HttpClient.class).toInstance(mine);
                        bind(ObjectMapper.class).toInstance(myMapper);
                    }
                });
        try {
            assertThat(injector.getInstance(java.net.http.HttpClient.class)).isSameAs(mine);
            assertThat(injector.getInstance(ObjectMapper.class)).isSameAs(myMapper);
            assertThat(injector.getInstance(ChatWidgets.class).list(ListQuery.of(LOCATION)).isRight()).isTrue();
        } finally {
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }

    /**
     * Closing the adapter refuses new calls: no call goes out afterwards. (The JDK 17 HTTP client
     * has no close method, so an idle kept-alive socket ends at its keep-alive timeout or when the client
     * is collected, not at once: unlike the Apache pool, that cannot be asserted here.)
     */
    @Test
    void closing_the_resources_closes_the_client_and_no_call_goes_out_afterwards() throws Exception {
        try (ConnectionRelay relay = new ConnectionRelay(server.baseUri())) {
            HttpConfig viaRelay = HttpConfig.builder(TokenProvider.fixed(TOKEN)).baseUri(relay.uri()).build();
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new JdkHttpModule(viaRelay));
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
            assertThat(widgets.list(ListQuery.of(LOCATION)).isRight()).isTrue();
            int requestsBefore = server.requests().size();

            injector.getInstance(ChatWidgetsResources.class).close();

            assertThat(widgets.list(ListQuery.of(LOCATION)).getLeft()).isInstanceOf(TransportFailure.class);
            assertThat(server.requests()).hasSize(requestsBefore);
            assertThat(injector.getInstance(ChatWidgetsResources.class).isClosed()).isTrue();
        }
    }

    @Test
    void the_environment_finds_the_jdk_adapter_with_the_service_loader() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", "jdk",
                "HIGHLEVEL_TOKEN", TOKEN, "HIGHLEVEL_BASE_URL", server.baseUri().toString()));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, environment.module());
        try {
            assertThat(injector.getInstance(ChatWidgets.class).list(ListQuery.of(LOCATION)).isRight()).isTrue();
        } finally {
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }

    @Test
    void the_environment_refuses_plain_http_to_a_remote_host_saying_why() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", "jdk",
                "HIGHLEVEL_TOKEN", TOKEN, "HIGHLEVEL_BASE_URL", "http://widgets.example.com"));

        assertThatThrownBy(environment::module).isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessageStartingWith("The jdk adapter cannot use base URL http://widgets.example.com: ")
                .hasMessageNotContaining(TOKEN);
    }
}
