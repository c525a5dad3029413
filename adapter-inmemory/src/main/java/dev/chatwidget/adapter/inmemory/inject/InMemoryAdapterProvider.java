package dev.chatwidget.adapter.inmemory.inject;

import com.google.inject.Module;
import dev.chatwidget.core.inject.environment.AdapterProvider;
import dev.chatwidget.core.inject.environment.EnvironmentSettings;

/** Offers the in-memory fake to {@code ChatWidgetsEnvironment} as {@code inmemory}. */
public final class InMemoryAdapterProvider implements AdapterProvider {

    public static final String NAME = "inmemory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean needsToken() {
        return false;
    }

    @Override
    public Module module(EnvironmentSettings settings) {
        return new InMemoryModule();
    }
}
