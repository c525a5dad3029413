package dev.chatwidget.cli.inject;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.environment.ChatWidgetsEnvironment;
import dev.chatwidget.core.port.in.ChatWidgets;
import java.util.Optional;

/** The HTTP adapters' runtime: an injector over the chosen module (its own class, so only it loads Guice). */
final class InjectedRuntime {

    private InjectedRuntime() {
    }

    static ChatWidgetsRuntime start(ChatWidgetsEnvironment environment) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, environment.module());
        ChatWidgetsResources resources = injector.getInstance(ChatWidgetsResources.class);
        return new ChatWidgetsRuntime(injector.getInstance(ChatWidgets.class), Optional.empty(), resources::close);
    }
}
