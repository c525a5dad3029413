package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.testkit.http.OAuthRefreshContract;

/** OAuth tokens refresh themselves through the JDK adapter, once, however many callers wait. */
class JdkOAuthRefreshTest implements OAuthRefreshContract {

    private CloseableGateway gateway;

    @Override
    public ChatWidgetGateway httpGateway(HttpConfig config) {
        gateway = JdkHttpChatWidgets.create(config);
        return gateway;
    }

    @Override
    public void closeGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }
}
