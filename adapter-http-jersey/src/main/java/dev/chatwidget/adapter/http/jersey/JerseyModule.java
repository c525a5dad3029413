package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.inject.HttpAdapterModule;
import dev.chatwidget.adapter.http.inject.HttpAdapterProvider;

/**
 * The chat widgets over the Jersey (JAX-RS) client, configured by {@code config}; install it alone (it installs {@code CoreModule}).
 * What it binds is described in {@link HttpAdapterModule}.
 */
public final class JerseyModule extends HttpAdapterModule {

    public JerseyModule(HttpConfig config) {
        super(config, JerseyHttpChatWidgets::transport);
    }

    /** Offers this adapter to {@code ChatWidgetsEnvironment} as {@code jersey} (listed in META-INF/services). */
    public static final class EnvironmentProvider extends HttpAdapterProvider {

        public static final String NAME = "jersey";

        public EnvironmentProvider() {
            super(NAME, JerseyModule::new);
        }
    }
}
