package dev.chatwidget.testkit.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import dev.chatwidget.adapter.http.HttpConfig;
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

/**
 * What every HTTP adapter's Guice module must do, against the fake server: build in production stage and work,
 * take the application's token provider and retry listener, not clash with the application's own unqualified
 * client and mapper, stop calling once its resources are closed, and be found by {@link ChatWidgetsEnvironment}.
 * A module test extends it with its module factory, its adapter name and the client type its stack is built on.
 *
 * @param <C> the HTTP client type an application might bind for itself
 */
public abstract class HttpModuleContract<C> {

    protected static final LocationId LOCATION = LocationId.of("loc1");
    protected static final String TOKEN = "pit-http-module";

    protected final FakeHighLevelServer server = FakeHighLevelServer.builder()
            .token(TOKEN, Set.of(LOCATION), Scopes.ALL).start();

    /** The adapter's module over {@code config}. */
    protected abstract Module module(HttpConfig config);

    /** The name the adapter is offered under ({@code CHATWIDGET_ADAPTER}). */
    protected abstract String adapterName();

    /** The client type an application might bind unqualified. */
    protected abstract Class<C> clientType();

    /** A client of that type, as the application's own; closed after the test if it can be. */
    protected abstract C applicationsOwnClient();

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected HttpConfig config(String token) {
        return HttpConfig.builder(TokenProvider.fixed(token)).baseUri(server.baseUri()).build();
    }

    @Test
    void injector_builds_in_production_stage_and_the_chat_widgets_work_against_the_fake_server() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, module(config(TOKEN)));
        try {
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
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
        Injector injector = Guice.createInjector(Stage.PRODUCTION, module(config("wrong-token")),
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
    void a_config_without_tokens_works_with_a_bound_provider_and_without_one_the_injector_refuses_to_start() {
        HttpConfig noTokens = HttpConfig.builder().baseUri(server.baseUri()).build();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, module(noTokens), binder -> OptionalBinder
                .newOptionalBinder(binder, TokenProvider.class).setBinding().toInstance(TokenProvider.fixed(TOKEN)));
        try {
            assertThat(injector.getInstance(ChatWidgets.class).list(ListQuery.of(LOCATION)).isRight()).isTrue();
        } finally {
            injector.getInstance(ChatWidgetsResources.class).close();
        }

        assertThatThrownBy(() -> Guice.createInjector(Stage.PRODUCTION, module(noTokens)))
                .isInstanceOf(CreationException.class).hasMessageContaining("no TokenProvider")
                .hasMessageContaining("OptionalBinder");
    }

    @Test
    void retry_listener_is_replaced_with_modules_override_and_hears_every_attempt() {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Modules.override(module(config("wrong-token")))
                .with(binder -> binder.bind(RetryListener.class).toInstance(events::add)));
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
    void the_applications_own_unqualified_http_client_and_object_mapper_do_not_clash() throws Exception {
        C mine = applicationsOwnClient();
        ObjectMapper myMapper = new ObjectMapper();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, module(config(TOKEN)), new AbstractModule() {
            @Override
            protected void configure() {
                bind(clientType()).toInstance(mine);
                bind(ObjectMapper.class).toInstance(myMapper);
            }
        });
        try {
            assertThat(injector.getInstance(clientType())).isSameAs(mine);
            assertThat(injector.getInstance(ObjectMapper.class)).isSameAs(myMapper);
            assertThat(injector.getInstance(ChatWidgets.class).list(ListQuery.of(LOCATION)).isRight()).isTrue();
        } finally {
            injector.getInstance(ChatWidgetsResources.class).close();
            if (mine instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Test
    void closing_the_resources_closes_the_adapter_and_no_call_goes_out_afterwards() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, module(config(TOKEN)));
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
        assertThat(widgets.list(ListQuery.of(LOCATION)).isRight()).isTrue();
        int requestsBefore = server.requests().size();

        injector.getInstance(ChatWidgetsResources.class).close();

        assertThat(widgets.list(ListQuery.of(LOCATION)).getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(server.requests()).hasSize(requestsBefore);
        assertThat(injector.getInstance(ChatWidgetsResources.class).isClosed()).isTrue();
    }

    @Test
    void the_environment_finds_the_adapter_with_the_service_loader() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", adapterName(),
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
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", adapterName(),
                "HIGHLEVEL_TOKEN", TOKEN, "HIGHLEVEL_BASE_URL", "http://widgets.example.com"));

        assertThatThrownBy(environment::module).isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessageStartingWith("The " + adapterName() + " adapter cannot use base URL http://widgets.example.com: ")
                .hasMessageNotContaining(TOKEN);
    }
}
