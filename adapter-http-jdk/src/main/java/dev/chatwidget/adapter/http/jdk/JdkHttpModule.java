package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.inject.HttpAdapterModule;
import dev.chatwidget.adapter.http.inject.HttpAdapterProvider;

/**
 * The chat widgets over the JDK's java.net.http client, configured by {@code config}; install it alone (it installs {@code CoreModule}).
 * What it binds is described in {@link HttpAdapterModule}.
 */
public final class JdkHttpModule extends HttpAdapterModule {

    public JdkHttpModule(HttpConfig config) {
        super(config, JdkHttpChatWidgets::transport);
    }

    /** Offers this adapter to {@code ChatWidgetsEnvironment} as {@code jdk} (listed in META-INF/services). */
    public static final class EnvironmentProvider extends HttpAdapterProvider {

        public static final String NAME = "jdk";

        public EnvironmentProvider() {
            super(NAME, JdkHttpModule::new);
        }
    }
}
