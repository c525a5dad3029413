package dev.chatwidget.adapter.http;

import dev.chatwidget.core.port.out.ChatWidgetGateway;

/** A gateway that holds connections and threads: close it when done. */
public interface CloseableGateway extends ChatWidgetGateway, AutoCloseable {

    /** Releases connections and threads; calls made afterwards fail. Never throws. */
    @Override
    void close();
}
