package dev.chatwidget.adapter.http;

import java.io.InterruptedIOException;

/**
 * An exchange aborted (its deadline passed, or it was cancelled) before the transport handed it to the HTTP client:
 * nothing was sent, so {@link TransportFailures#classify} reports it as never connected.
 */
public final class AbortedBeforeSending extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    public AbortedBeforeSending() {
        super("aborted before sending");
    }
}
