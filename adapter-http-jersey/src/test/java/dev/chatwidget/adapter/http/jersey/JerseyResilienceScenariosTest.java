package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpResilienceScenarios;

class JerseyResilienceScenariosTest extends HttpResilienceScenarios {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return JerseyHttpChatWidgets.create(config);
    }
}
