package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.testkit.arch.AdapterArchitectureTest;

/** The Apache adapter obeys the shipped rules and exposes only its entry point (and, later, its Guice module). */
class ApacheAdapterArchitectureTest extends AdapterArchitectureTest {

    ApacheAdapterArchitectureTest() {
        super("dev.chatwidget.adapter.http.apache",
                "dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets",
                "dev.chatwidget.adapter.http.apache.ApacheHttpModule");
    }
}
