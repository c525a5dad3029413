package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.testkit.arch.AdapterArchitectureTest;

/** The JDK adapter obeys the shipped rules and exposes only its entry point (and, later, its Guice module). */
class JdkAdapterArchitectureTest extends AdapterArchitectureTest {

    JdkAdapterArchitectureTest() {
        super("dev.chatwidget.adapter.http.jdk",
                "dev.chatwidget.adapter.http.jdk.JdkHttpChatWidgets",
                "dev.chatwidget.adapter.http.jdk.JdkHttpModule");
    }
}
