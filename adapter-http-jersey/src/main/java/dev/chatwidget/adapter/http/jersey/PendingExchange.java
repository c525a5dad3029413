package dev.chatwidget.adapter.http.jersey;

import java.io.IOException;
import java.io.InputStream;

/**
 * What an abort must stop in one Jersey exchange, wherever it is: the JDK client's {@code send} on the caller's
 * thread until the response head arrives (entered and left by {@link AbortableJdkConnector}; an abort interrupts
 * it, which cancels the exchange), then the raw body stream (set by {@link RawEntityCapture}).
 */
final class PendingExchange {

    static final String PROPERTY = "dev.chatwidget.pendingExchange";

    private volatile boolean aborted;
    private volatile InputStream body;
    // Guarded by this: the thread inside send, and whether an abort has interrupted it.
    private Thread sender;
    private boolean interruptedByAbort;

    /** Enters the sending phase on the caller's thread; false if the exchange was aborted before it. */
    synchronized boolean beginSend() {
        if (aborted) {
            return false;
        }
        sender = Thread.currentThread();
        return true;
    }

    /**
     * Leaves the sending phase; true if an abort came during it. The interrupt the abort sent is cleared, so the
     * caller's thread leaves the exchange as it entered it.
     */
    synchronized boolean endSend() {
        sender = null;
        if (interruptedByAbort) {
            Thread.interrupted();
            interruptedByAbort = false;
        }
        return aborted;
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
        synchronized (this) {
            aborted = true;
            if (sender != null && !interruptedByAbort) {
                interruptedByAbort = true;
                sender.interrupt();
            }
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
