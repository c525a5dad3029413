package dev.chatwidget.cli.inject;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.inject.environment.ChatWidgetsEnvironment;
import dev.chatwidget.core.port.in.ChatWidgets;
import java.util.Optional;

/** The program's composition root: an injector over the adapter the environment chose, closed after a command. */
public final class ChatWidgetsRuntime implements AutoCloseable {

    private final Injector injector;

    private ChatWidgetsRuntime(Injector injector) {
        this.injector = injector;
    }

    /** Builds the chosen adapter's injector (in production stage, so a broken binding fails here). */
    public static ChatWidgetsRuntime start(ChatWidgetsEnvironment environment) {
        return new ChatWidgetsRuntime(Guice.createInjector(Stage.PRODUCTION, environment.module()));
    }

    public ChatWidgets widgets() {
        return injector.getInstance(ChatWidgets.class);
    }

    /** The in-memory fake behind the chat widgets, when that is the adapter. */
    public Optional<InMemoryFake> fake() {
        return Optional.ofNullable(injector.getExistingBinding(Key.get(InMemoryFake.class)))
                .map(binding -> binding.getProvider().get());
    }

    @Override
    public void close() {
        injector.getInstance(ChatWidgetsResources.class).close();
    }
}
