package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.testing.HttpGatewayBehaviourTest;

class JerseyGatewayBehaviourTest extends HttpGatewayBehaviourTest {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return JerseyHttpChatWidgets.create(config);
    }
}
