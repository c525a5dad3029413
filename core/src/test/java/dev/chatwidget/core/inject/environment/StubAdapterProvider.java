package dev.chatwidget.core.inject.environment;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import java.util.ArrayList;
import java.util.List;

/** A provider for tests; listed in this module's test {@code META-INF/services} as {@code stub}. */
public final class StubAdapterProvider implements AdapterProvider {

    static final List<EnvironmentSettings> SEEN = new ArrayList<>();

    private final String name;
    private final boolean needsToken;

    public StubAdapterProvider() {
        this("stub", false);
    }

    StubAdapterProvider(String name, boolean needsToken) {
        this.name = name;
        this.needsToken = needsToken;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean needsToken() {
        return needsToken;
    }

    @Override
    public Module module(EnvironmentSettings settings) {
        SEEN.add(settings);
        return new AbstractModule() { };
    }
}
