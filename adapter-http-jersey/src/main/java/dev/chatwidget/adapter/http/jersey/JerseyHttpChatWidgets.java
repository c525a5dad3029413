package dev.chatwidget.adapter.http.jersey;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;

/** The gateway port over the Jersey (JAX-RS) client, on the JDK HTTP client connector (which can send PATCH). */
public final class JerseyHttpChatWidgets {

    private JerseyHttpChatWidgets() {
    }

    /** A thread-safe gateway with its own JAX-RS client; close it to release the client. */
    public static CloseableGateway create(HttpConfig config) {
        return new HttpChatWidgetGateway(config, new JerseyTransport(config));
    }

    /** The transport alone (for an {@code HttpCallHandler} at the end of a pipeline of the caller's own). */
    public static Transport transport(HttpConfig config) {
        return new JerseyTransport(config);
    }
}
