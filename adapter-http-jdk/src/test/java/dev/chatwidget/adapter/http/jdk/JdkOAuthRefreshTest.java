package dev.chatwidget.adapter.http.jdk;

import com.google.inject.Module;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.http.OAuthRefreshContract;
import dev.chatwidget.testkit.inject.OAuthModuleContract;

/**
 * OAuth tokens refresh themselves through the adapter's own transport, with its module or without, once however
 * many callers wait.
 */
class JdkOAuthRefreshTest implements OAuthRefreshContract, OAuthModuleContract {

    @Override
    public Transport transport(TransportSettings settings) {
        return JdkHttpChatWidgets.transport(settings);
    }

    @Override
    public Module module(HttpConfig config) {
        return new JdkHttpModule(config);
    }
}
