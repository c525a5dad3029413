package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.inject.HttpAdapterModule;
import dev.chatwidget.adapter.http.inject.HttpAdapterProvider;

/**
 * The chat widgets over Apache HttpClient 5, configured by {@code config}; install it alone (it installs {@code CoreModule}).
 * What it binds is described in {@link HttpAdapterModule}.
 */
public final class ApacheHttpModule extends HttpAdapterModule {

    public ApacheHttpModule(HttpConfig config) {
        super(config, ApacheHttpChatWidgets::transport);
    }

    /** Offers this adapter to {@code ChatWidgetsEnvironment} as {@code apache} (listed in META-INF/services). */
    public static final class EnvironmentProvider extends HttpAdapterProvider {

        public static final String NAME = "apache";

        public EnvironmentProvider() {
            super(NAME, ApacheHttpModule::new);
        }
    }
}
