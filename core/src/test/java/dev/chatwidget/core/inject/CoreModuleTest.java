package dev.chatwidget.core.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.application.RecordingGateway;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.application.resilience.AttemptEvent;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoreModuleTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ServerError UNAVAILABLE = new ServerError(503, "Service Unavailable", Optional.empty());

    private final RecordingGateway gateway = new RecordingGateway();
    private final List<String> closed = new ArrayList<>();

    /** What an adapter module does: installs the core and binds its handler, limiter and resources. */
    private final class StubAdapterModule extends AbstractModule {
        @Override
        protected void configure() {
            install(new StubAdapter(gateway));
            Multibinder<AutoCloseable> resources =
                    Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class);
            resources.addBinding().toInstance(() -> closed.add("pool"));
            resources.addBinding().toInstance(() -> closed.add("client"));
        }
    }

    @Test
    void injector_builds_in_production_stage_and_the_facade_calls_the_adapter_gateway() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule());
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

        var created = widgets.create(NewWidget.of(LocationId.of("loc"), ChatType.LIVE_CHAT, "Support"));

        assertThat(created.isRight()).isTrue();
        assertThat(gateway.operations()).containsExactly("create");
        assertThat(injector.getInstance(ChatWidgets.class)).isSameAs(widgets);
    }

    @Test
    void the_facade_validates_before_the_gateway_is_called() {
        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule())
                .getInstance(ChatWidgets.class);

        var page = widgets.list(ListQuery.of(LocationId.of("loc")).withLimit(0));

        assertThat(page.getLeft()).isInstanceOf(Invalid.class);
        assertThat(gateway.operations()).isEmpty();
    }

    @Test
    void the_facade_gateway_retries_transient_failures_and_tells_the_retry_listener_bound_with_set_binding() {
        List<AttemptEvent> events = new ArrayList<>();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), RetryListener.class).setBinding().toInstance(events::add);
            }
        });
        gateway.failingWith(UNAVAILABLE, UNAVAILABLE, NotFound.of("chat widget w1 not found"));

        var result = injector.getInstance(ChatWidgets.class).get(LocationId.of("loc"), WidgetId.of("w1"));

        assertThat(result.getLeft()).isInstanceOf(NotFound.class);
        assertThat(gateway.operations()).containsExactly("get", "get", "get");
        assertThat(events).extracting(AttemptEvent::decision).containsExactly(AttemptEvent.Decision.RETRY,
                AttemptEvent.Decision.RETRY, AttemptEvent.Decision.NOT_RETRYABLE);
    }

    @Test
    void retry_policy_is_replaced_with_modules_override() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                Modules.override(new StubAdapterModule()).with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(RetryPolicy.class).toInstance(RetryPolicy.none());
                    }
                }));
        gateway.failingWith(UNAVAILABLE);

        var result = injector.getInstance(ChatWidgets.class).get(LocationId.of("loc"), WidgetId.of("w1"));

        assertThat(result.getLeft()).isInstanceOf(ServerError.class);
        assertThat(gateway.operations()).containsExactly("get");
    }

    @Test
    void rate_limiter_is_replaced_with_optional_binder_and_a_refusal_never_reaches_the_adapter() {
        RateLimited refused = new RateLimited(RateLimited.Scope.DAILY, null, null, "no", null);
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), RateLimiter.class).setBinding()
                        .toInstance((location, deadline) -> Either.left(refused));
            }
        });

        var result = injector.getInstance(ChatWidgets.class).get(LocationId.of("loc"), WidgetId.of("w1"));

        assertThat(result.getLeft()).isSameAs(refused);
        assertThat(gateway.operations()).isEmpty();
    }

    @Test
    void the_adapter_chooses_the_default_rate_limiter_and_the_listener_defaults_to_the_token_bucket() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule());

        assertThat(injector.getInstance(RateLimiter.class))
                .isSameAs(injector.getInstance(Key.get(RateLimiter.class, Adapter.class)));
        assertThat(injector.getInstance(RateLimitListener.class))
                .isSameAs(injector.getInstance(Key.get(TokenBucketRateLimiter.class, ForChatWidgets.class)));
    }

    @Test
    void clock_defaults_to_the_utc_system_clock() {
        Clock clock = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule())
                .getInstance(Key.get(Clock.class, ForChatWidgets.class));

        assertThat(clock).isEqualTo(Clock.systemUTC());
    }

    @Test
    void clock_is_replaced_with_optional_binder_set_binding() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, ForChatWidgets.class))
                        .setBinding().toInstance(FIXED);
            }
        });

        assertThat(injector.getInstance(Key.get(Clock.class, ForChatWidgets.class))).isSameAs(FIXED);
    }

    @Test
    void clock_is_replaced_with_modules_override() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                Modules.override(new StubAdapterModule()).with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Key.get(Clock.class, ForChatWidgets.class)).toInstance(FIXED);
                    }
                }));

        assertThat(injector.getInstance(Key.get(Clock.class, ForChatWidgets.class))).isSameAs(FIXED);
    }

    @Test
    void token_provider_has_no_default_in_the_core_and_is_set_with_optional_binder() {
        Key<Optional<TokenProvider>> key = Key.get(new TypeLiteral<Optional<TokenProvider>>() { });
        assertThat(Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule()).getInstance(key)).isEmpty();

        TokenProvider mine = TokenProvider.fixed("pit-123");
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding().toInstance(mine);
            }
        });
        assertThat(injector.getInstance(TokenProvider.class)).isSameAs(mine);
    }

    @Test
    void the_application_may_bind_its_own_unqualified_clock_and_install_the_core_again() {
        Clock mine = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(), new StubAdapterModule(),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Clock.class).toInstance(mine);
                    }
                });

        assertThat(injector.getInstance(Clock.class)).isSameAs(mine);
        assertThat(injector.getInstance(Key.get(Clock.class, ForChatWidgets.class))).isEqualTo(Clock.systemUTC());
    }

    @Test
    void resources_close_every_bound_resource_once_last_bound_first() {
        ChatWidgetsResources resources = Guice.createInjector(Stage.PRODUCTION, new StubAdapterModule())
                .getInstance(ChatWidgetsResources.class);

        resources.close();
        resources.close();

        assertThat(closed).containsExactly("client", "pool");
        assertThat(resources.isClosed()).isTrue();
    }

    @Test
    void a_resource_that_fails_to_close_does_not_keep_the_others_open() {
        AutoCloseable failing = () -> {
            throw new java.io.IOException("boom");
        };
        ChatWidgetsResources resources =
                new ChatWidgetsResources(new java.util.LinkedHashSet<>(List.of(() -> closed.add("first"), failing)));

        assertThatThrownBy(resources::close).hasRootCauseMessage("boom");
        assertThat(closed).containsExactly("first");
    }
}
