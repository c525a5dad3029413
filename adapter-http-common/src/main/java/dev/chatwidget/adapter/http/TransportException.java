package dev.chatwidget.adapter.http;

import java.io.IOException;

/**
 * Why an exchange produced no (complete) response. {@link #connected()} is false only when the transport knows no
 * connection was made (refused, unknown host, connect timeout, closed before sending), which makes even a create
 * safe to retry; when in doubt it is true.
 */
public final class TransportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean connected;
    private final boolean timedOut;

    public TransportException(String message, boolean connected, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.connected = connected;
        this.timedOut = timedOut;
    }

    /** Whether a connection was (or may have been) made, so the request may have reached the server. */
    public boolean connected() {
        return connected;
    }

    /** Whether a timeout (connect, response, or the attempt deadline) ended the exchange. */
    public boolean timedOut() {
        return timedOut;
    }
}
