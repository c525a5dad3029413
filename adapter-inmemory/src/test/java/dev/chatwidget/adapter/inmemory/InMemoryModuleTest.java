package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.util.Modules;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import dev.chatwidget.core.inject.environment.ChatWidgetsEnvironment;
import dev.chatwidget.core.port.in.ChatWidgets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryModuleTest {

    private static final LocationId LOCATION = LocationId.of("loc1");
    private static final Instant AT = Instant.parse("2030-05-06T07:08:09Z");
    private static final Clock FIXED = Clock.fixed(AT, ZoneOffset.UTC);

    @Test
    void injector_builds_in_production_stage_and_the_chat_widgets_work_end_to_end() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule());
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

        ChatWidget first = widgets.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support"))
                .getOrElseThrow(ChatWidgetException::new);
        widgets.create(NewWidget.of(LOCATION, ChatType.EMAIL_CHAT, "Email")).getOrElseThrow(ChatWidgetException::new);

        assertThat(first.isDefault()).isTrue();
        assertThat(widgets.list(ListQuery.of(LOCATION)).get().totalCount()).isEqualTo(2);
        assertThat(injector.getInstance(InMemoryFake.class).liveWidgets(LOCATION)).hasSize(2);
    }

    @Test
    void a_fake_held_by_the_test_is_the_one_the_chat_widgets_use() {
        InMemoryFake fake = InMemoryFake.create();
        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule(fake))
                .getInstance(ChatWidgets.class);

        widgets.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support"));

        assertThat(fake.liveWidgets(LOCATION)).extracting(ChatWidget::name).containsExactly("Support");
    }

    @Test
    void clock_is_replaced_with_optional_binder_set_binding() {
        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule(), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, ForChatWidgets.class))
                        .setBinding().toInstance(FIXED);
            }
        }).getInstance(ChatWidgets.class);

        assertThat(widgets.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support")).get().createdAt())
                .isEqualTo(AT);
    }

    @Test
    void clock_is_replaced_with_modules_override() {
        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION,
                Modules.override(new InMemoryModule()).with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Key.get(Clock.class, ForChatWidgets.class)).toInstance(FIXED);
                    }
                })).getInstance(ChatWidgets.class);

        assertThat(widgets.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support")).get().createdAt())
                .isEqualTo(AT);
    }

    @Test
    void resources_handle_is_bound_and_closes_nothing_harmfully() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule());

        injector.getInstance(ChatWidgetsResources.class).close();

        assertThat(injector.getInstance(ChatWidgetsResources.class).isClosed()).isTrue();
    }

    @Test
    void the_environment_finds_the_in_memory_adapter_with_the_service_loader() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(Map.of("CHATWIDGET_ADAPTER", "inmemory"));

        ChatWidgets widgets = Guice.createInjector(Stage.PRODUCTION, environment.module())
                .getInstance(ChatWidgets.class);

        assertThat(environment.available()).containsExactly("inmemory");
        assertThat(widgets.list(ListQuery.of(LOCATION)).get().items()).isEmpty();
    }

    @Test
    void an_http_adapter_that_is_not_on_the_classpath_is_one_clear_error() {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(
                Map.of("CHATWIDGET_ADAPTER", "apache", "HIGHLEVEL_TOKEN", "pit-123"));

        assertThatThrownBy(environment::module)
                .isInstanceOf(ChatWidgetsConfigurationException.class)
                .hasMessage("The apache adapter (from CHATWIDGET_ADAPTER) is not on the classpath: add the dependency"
                        + " dev.chatwidget:chat-widget-adapter-http-apache, or set CHATWIDGET_ADAPTER to an adapter"
                        + " that is (available: inmemory)");
    }
}
