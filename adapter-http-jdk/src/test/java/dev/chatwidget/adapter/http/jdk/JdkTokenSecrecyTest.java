package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.testkit.faults.HttpTokenSecrecy;

/** Runs in a surefire execution of its own, at TRACE (see the pom). */
class JdkTokenSecrecyTest extends HttpTokenSecrecy {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return JdkHttpChatWidgets.create(config);
    }

    @Override
    protected Transport transport(TransportSettings settings) {
        return JdkHttpChatWidgets.transport(settings);
    }
}
