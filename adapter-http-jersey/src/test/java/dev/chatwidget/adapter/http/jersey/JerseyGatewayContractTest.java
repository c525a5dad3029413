package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.http.FakeServerGatewayContract;

/** The Jersey adapter passes the whole gateway contract against the fake server, every capability included. */
class JerseyGatewayContractTest extends FakeServerGatewayContract {

    @Override
    protected CloseableGateway connect(HttpConfig config) {
        return JerseyHttpChatWidgets.create(config);
    }
}
