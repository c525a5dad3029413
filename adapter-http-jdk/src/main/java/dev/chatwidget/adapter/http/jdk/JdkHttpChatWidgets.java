package dev.chatwidget.adapter.http.jdk;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpChatWidgetGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;

/** The gateway port over the JDK's own {@code java.net.http.HttpClient}: no dependency beyond adapter-http-common. */
public final class JdkHttpChatWidgets {

    private JdkHttpChatWidgets() {
    }

    /**
     * A thread-safe gateway with its own HTTP client. Closing it refuses further calls; JDK 17's client has no close
     * method, so its idle connections end at their keep-alive timeout or when the client is collected.
     */
    public static CloseableGateway create(HttpConfig config) {
        return new HttpChatWidgetGateway(config, new JdkTransport(config));
    }

    /** The transport alone (for an {@code HttpCallHandler} at the end of a pipeline of the caller's own). */
    public static Transport transport(HttpConfig config) {
        return new JdkTransport(config);
    }
}
