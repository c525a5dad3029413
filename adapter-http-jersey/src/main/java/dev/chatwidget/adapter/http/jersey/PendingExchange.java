package dev.chatwidget.adapter.http.jersey;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Future;

/**
 * What an abort must stop in one Jersey exchange, wherever it is: the JDK client's future until the response head
 * arrives (set by {@link AbortableJdkConnector}), then the raw body stream (set by {@link RawEntityCapture}).
 */
final class PendingExchange {

    static final String PROPERTY = "dev.chatwidget.pendingExchange";

    private volatile boolean aborted;
    private volatile Future<?> sent;
    private volatile InputStream body;

    void started(Future<?> future) {
        sent = future;
        if (aborted) {
            future.cancel(true);
        }
    }

    void received(InputStream raw) {
        body = raw;
        if (aborted) {
            closeQuietly(raw);
        }
    }

    boolean aborted() {
        return aborted;
    }

    /** The raw body stream, once the head has arrived (null without a body). */
    InputStream body() {
        return body;
    }

    void abort() {
        aborted = true;
        Future<?> future = sent;
        if (future != null) {
            future.cancel(true);
        }
        closeQuietly(body);
    }

    static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // Closing is best effort: the exchange's outcome is already decided.
            }
        }
    }
}
