package dev.chatwidget.adapter.http;

import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.application.pipeline.PipelineBuilder;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.time.Clock;

/** A gateway that holds connections and threads: close it when done. */
public interface CloseableGateway extends ChatWidgetGateway, AutoCloseable {

    /** Releases connections and threads; calls made afterwards fail. Never throws. */
    @Override
    void close();

    /**
     * A call pipeline ending in this gateway's work, with the steps the gateway itself needs (the HTTP gateway's
     * auth) already in place; add retry, rate limit and observation steps and build it.
     */
    default PipelineBuilder pipeline(Clock clock) {
        return CallPipeline.builder(new GatewayHandler(this), clock);
    }
}
