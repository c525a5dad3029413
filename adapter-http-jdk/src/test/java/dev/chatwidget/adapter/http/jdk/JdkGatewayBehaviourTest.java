package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.testing.HttpGatewayBehaviourTest;

class JdkGatewayBehaviourTest extends HttpGatewayBehaviourTest {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return JdkHttpChatWidgets.create(config);
    }
}
