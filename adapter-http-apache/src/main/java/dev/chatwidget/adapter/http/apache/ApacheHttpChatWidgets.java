package dev.chatwidget.adapter.http.apache;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;

/** The gateway port over Apache HttpClient 5 (classic, pooled connections). */
public final class ApacheHttpChatWidgets {

    private ApacheHttpChatWidgets() {
    }

    /** A thread-safe gateway with its own connection pool; close it to release the pool. */
    public static CloseableGateway create(HttpConfig config) {
        return new HttpChatWidgetGateway(config, new ApacheTransport(config.transportSettings()));
    }

    /**
     * The transport alone, to share between a gateway ({@code new HttpChatWidgetGateway(config, transport)}, which
     * closes it) and an {@code HttpTokenRefresher}, or for an {@code HttpCallHandler} in a pipeline of your own.
     */
    public static Transport transport(TransportSettings settings) {
        return new ApacheTransport(settings);
    }
}
