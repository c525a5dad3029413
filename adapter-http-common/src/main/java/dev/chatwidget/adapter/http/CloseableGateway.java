package dev.chatwidget.adapter.http;

import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.ChatWidgetGateway;

/** A gateway that holds connections and threads: close it when done. */
public interface CloseableGateway extends ChatWidgetGateway, AutoCloseable {

    /** Releases connections and threads; calls made afterwards fail. Never throws. */
    @Override
    void close();

    /** The end of the call pipeline over this gateway (the HTTP gateway bounds each attempt by its deadline). */
    default CallHandler handler() {
        return new GatewayHandler(this);
    }
}
