package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.http.FakeServerGatewayContract;

/** The Apache adapter passes the whole gateway contract against the fake server, every capability included. */
class ApacheGatewayContractTest extends FakeServerGatewayContract {

    @Override
    protected CloseableGateway connect(HttpConfig config) {
        return ApacheHttpChatWidgets.create(config);
    }
}
