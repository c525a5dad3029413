package dev.chatwidget.adapter.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

/**
 * The only thing an HTTP adapter provides: send one request, return the status, headers and body. Everything else
 * (routes, headers, JSON, errors, rate limits, the 401 retry, logging) is {@link HttpChatWidgetGateway}'s.
 * Implementations are thread-safe and never follow redirects.
 */
public interface Transport extends AutoCloseable {

    /**
     * @throws ResponseTooLargeException when the body exceeds the configured maximum
     * @throws IOException               when no complete response arrived (refused, reset, timed out, ...)
     */
    TransportResponse send(TransportRequest request) throws IOException;

    /**
     * Whether {@code failure} proves the request never reached the server (no connection was made), which makes
     * even a create safe to retry. When in doubt: false.
     */
    default boolean neverConnected(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Releases connections and threads. */
    @Override
    void close();
}
