package dev.chatwidget.core.inject.environment;

import com.google.inject.Module;

/**
 * A service-provider interface: each adapter ships one, listed in its
 * {@code META-INF/services/dev.chatwidget.core.inject.environment.AdapterProvider}, so that
 * {@link ChatWidgetsEnvironment} finds the adapters on the classpath without depending on them. Implementations
 * need a public no-argument constructor.
 */
public interface AdapterProvider {

    /** The name users choose it by, lower case: {@code apache}, {@code jersey}, {@code inmemory}. */
    String name();

    /** Whether the adapter calls the real service, and so needs a token and a base URL. */
    boolean needsToken();

    /**
     * The adapter's Guice module, configured from {@code settings}. Called only after the settings were checked
     * (a token is present when {@link #needsToken()}).
     */
    Module module(EnvironmentSettings settings);
}
