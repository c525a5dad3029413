package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpResilienceScenarios;

class ApacheResilienceScenariosTest extends HttpResilienceScenarios {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return ApacheHttpChatWidgets.create(config);
    }
}
