package dev.chatwidget.core.inject;

import com.google.inject.AbstractModule;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.port.in.ChatWidgets;

/** Binds the facade to the validating service; an adapter module binds the gateway. */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ChatWidgets.class).to(ChatWidgetService.class);
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
