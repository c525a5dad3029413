package dev.chatwidget.spring.boot;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import java.util.List;

/**
 * The chat widgets composed exactly as a Guice user composes them (the adapter's module, which installs the core),
 * with the starter's Spring beans set over the modules' defaults (their {@code OptionalBinder} extension points). Closing it closes what the adapter holds open
 * (HTTP clients, connection pools); the context does that on shutdown.
 */
public final class ChatWidgetsComposition implements AutoCloseable {

    private final Injector injector;

    ChatWidgetsComposition(Module adapter, Module overrides, List<ChatWidgetsExtension> extensions) {
        Module[] extra = extensions.stream().map(ChatWidgetsExtension::module).toArray(Module[]::new);
        this.injector = Guice.createInjector(Stage.PRODUCTION,
                Modules.combine(adapter, Modules.combine(extra), overrides));
    }

    /** One of the composed objects, e.g. {@code get(Key.get(ChatWidgets.class))}. */
    public <T> T get(Key<T> key) {
        return injector.getInstance(key);
    }

    @Override
    public void close() {
        injector.getInstance(ChatWidgetsResources.class).close();
    }
}
