package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpSecurity;

class JerseySecurityTest extends HttpSecurity {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return JerseyHttpChatWidgets.create(config);
    }
}
