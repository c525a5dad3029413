package dev.chatwidget.cli.inject;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
import dev.chatwidget.adapter.inmemory.InMemoryModule;
import dev.chatwidget.core.inject.environment.ChatWidgetsEnvironment;
import dev.chatwidget.core.port.in.ChatWidgets;
import java.util.Optional;

/**
 * The program's composition root: the chat widgets over the adapter the environment chose, closed after a command.
 * The HTTP adapters are built by their Guice modules; the in-memory fake is wired by hand ({@link InMemoryRuntime}),
 * because a command against it lives for a fraction of a second and Guice's start-up would be most of that.
 */
public final class ChatWidgetsRuntime implements AutoCloseable {

    private final ChatWidgets widgets;
    private final Optional<InMemoryFake> fake;
    private final Runnable closer;

    ChatWidgetsRuntime(ChatWidgets widgets, Optional<InMemoryFake> fake, Runnable closer) {
        this.widgets = widgets;
        this.fake = fake;
        this.closer = closer;
    }

    /** Builds the chosen adapter; a broken HTTP binding fails here (its injector is in production stage). */
    public static ChatWidgetsRuntime start(ChatWidgetsEnvironment environment) {
        if (environment.settings().adapter().equals(InMemoryModule.EnvironmentProvider.NAME)) {
            return InMemoryRuntime.start();
        }
        return InjectedRuntime.start(environment);
    }

    public ChatWidgets widgets() {
        return widgets;
    }

    /** The in-memory fake behind the chat widgets, when that is the adapter. */
    public Optional<InMemoryFake> fake() {
        return fake;
    }

    @Override
    public void close() {
        closer.run();
    }
}
