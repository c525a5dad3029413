package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.testing.HttpGatewayBehaviourTest;

class ApacheGatewayBehaviourTest extends HttpGatewayBehaviourTest {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return ApacheHttpChatWidgets.create(config);
    }
}
