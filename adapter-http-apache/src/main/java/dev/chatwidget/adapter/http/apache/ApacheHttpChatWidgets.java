package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;

/** The gateway port over Apache HttpClient 5 (classic, pooled connections). */
public final class ApacheHttpChatWidgets {

    private ApacheHttpChatWidgets() {
    }

    /** A thread-safe gateway with its own connection pool; close it to release the pool. */
    public static CloseableGateway create(HttpConfig config) {
        return new HttpChatWidgetGateway(config, new ApacheTransport(config));
    }

    /** The transport alone (for an {@code HttpCallHandler} at the end of a pipeline of the caller's own). */
    public static Transport transport(HttpConfig config) {
        return new ApacheTransport(config);
    }
}
