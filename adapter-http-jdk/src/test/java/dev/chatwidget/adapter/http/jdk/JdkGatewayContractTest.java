package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.http.FakeServerGatewayContract;

/** The JDK adapter passes the whole gateway contract against the fake server, every capability included. */
class JdkGatewayContractTest extends FakeServerGatewayContract {

    @Override
    protected CloseableGateway connect(HttpConfig config) {
        return JdkHttpChatWidgets.create(config);
    }
}
