package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.testkit.faults.HttpLoad;

/** The JDK client keeps no pool counters: the connections it holds are counted from the kernel's table. */
class JdkLoadTest extends HttpLoad {

    @Override
    protected CloseableGateway gateway(HttpConfig config) {
        return JdkHttpChatWidgets.create(config);
    }
}
