package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.testkit.arch.AdapterArchitectureTest;

/** The Jersey adapter obeys the shipped rules and exposes only its entry point (and, later, its Guice module). */
class JerseyAdapterArchitectureTest extends AdapterArchitectureTest {

    JerseyAdapterArchitectureTest() {
        super("dev.chatwidget.adapter.http.jersey",
                "dev.chatwidget.adapter.http.jersey.JerseyHttpChatWidgets",
                "dev.chatwidget.adapter.http.jersey.JerseyModule");
    }
}
