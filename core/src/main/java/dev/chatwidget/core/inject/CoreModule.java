package dev.chatwidget.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.TokenProvider;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The core: the validating facade over the adapter's gateway. An adapter module installs it and binds
 * {@code @Adapter ChatWidgetGateway}.
 *
 * <p>Extension points, each replaceable with {@code OptionalBinder.newOptionalBinder(binder(), key).setBinding()}
 * or {@code Modules.override}: {@code @ForChatWidgets Clock} (default: the UTC system clock) and
 * {@code TokenProvider} (HTTP adapters set its default from their config).
 */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, ForChatWidgets.class))
                .setDefault().toInstance(Clock.systemUTC());
        OptionalBinder.newOptionalBinder(binder(), TokenProvider.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class);
        bind(ChatWidgetsResources.class);
    }

    /** The gateway the facade calls. */
    @Provides
    @Singleton
    @ForChatWidgets
    ChatWidgetGateway gateway(@Adapter ChatWidgetGateway adapter) {
        return adapter;
    }

    @Provides
    @Singleton
    ChatWidgets chatWidgets(@ForChatWidgets ChatWidgetGateway gateway) {
        return new ChatWidgetService(gateway);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoreModule;
    }

    @Override
    public int hashCode() {
        return CoreModule.class.hashCode();
    }
}
