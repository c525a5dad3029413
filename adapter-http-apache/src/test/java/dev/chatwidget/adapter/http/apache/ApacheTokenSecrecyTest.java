package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.faults.HttpTokenSecrecy;

/** Runs in a surefire execution of its own, at TRACE (see the pom). */
class ApacheTokenSecrecyTest extends HttpTokenSecrecy {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return ApacheHttpChatWidgets.create(config);
    }

    @Override
    protected Transport transport(TransportSettings settings) {
        return ApacheHttpChatWidgets.transport(settings);
    }
}
