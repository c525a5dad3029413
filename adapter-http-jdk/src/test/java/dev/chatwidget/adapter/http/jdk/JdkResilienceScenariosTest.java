package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpResilienceScenarios;

class JdkResilienceScenariosTest extends HttpResilienceScenarios {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return JdkHttpChatWidgets.create(config);
    }
}
