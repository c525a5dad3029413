package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;

/** The gateway port over the Jersey (JAX-RS) client, on the JDK HTTP client connector (which can send PATCH). */
public final class JerseyHttpChatWidgets {

    private JerseyHttpChatWidgets() {
    }

    /** A thread-safe gateway with its own JAX-RS client; close it to release the client. */
    public static CloseableGateway create(HttpConfig config) {
        return new HttpChatWidgetGateway(config, new JerseyTransport(config));
    }
}
