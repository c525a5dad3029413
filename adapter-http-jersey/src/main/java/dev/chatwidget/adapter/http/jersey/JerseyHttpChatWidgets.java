package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;

/** The gateway port over the Jersey (JAX-RS) client, on the JDK HTTP client connector (which can send PATCH). */
public final class JerseyHttpChatWidgets {

    private JerseyHttpChatWidgets() {
    }

    /** A thread-safe gateway with its own JAX-RS client; close it to release the client. */
    public static CloseableGateway create(HttpConfig config) {
        return new HttpChatWidgetGateway(config, new JerseyTransport(config.transportSettings()));
    }

    /**
     * The transport alone, to share between a gateway ({@code new HttpChatWidgetGateway(config, transport)}, which
     * closes it) and an {@code HttpTokenRefresher}, or for an {@code HttpCallHandler} in a pipeline of your own.
     */
    public static Transport transport(TransportSettings settings) {
        return new JerseyTransport(settings);
    }
}
