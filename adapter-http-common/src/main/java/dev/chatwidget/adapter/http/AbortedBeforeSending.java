package dev.chatwidget.adapter.http.jersey;

import java.io.InterruptedIOException;

/** An exchange aborted (its deadline passed) before the connector handed it to the JDK client: nothing was sent. */
final class AbortedBeforeSending extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    AbortedBeforeSending() {
        super("aborted before sending");
    }
}
