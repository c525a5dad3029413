package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;

/** The gateway port over the JDK's own {@code java.net.http.HttpClient}: no dependency beyond adapter-http-common. */
public final class JdkHttpChatWidgets {

    private JdkHttpChatWidgets() {
    }

    /**
     * A thread-safe gateway with its own HTTP client. Closing it refuses further calls; JDK 17's client has no close
     * method, so its idle connections end at their keep-alive timeout or when the client is collected.
     */
    public static CloseableGateway create(HttpConfig config) {
        return new HttpChatWidgetGateway(config, new JdkTransport(config.transportSettings()));
    }

    /**
     * The transport alone, to share between a gateway ({@code new HttpChatWidgetGateway(config, transport)}, which
     * closes it) and an {@code HttpTokenRefresher}, or for an {@code HttpCallHandler} in a pipeline of your own.
     */
    public static Transport transport(TransportSettings settings) {
        return new JdkTransport(settings);
    }
}
