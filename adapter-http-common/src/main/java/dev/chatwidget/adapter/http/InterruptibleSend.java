package dev.chatwidget.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What an {@link Exchange#abort()} must stop in a transport that calls the JDK {@code HttpClient}'s blocking
 * {@code send} on the caller's thread: the send itself until the response head arrives (an abort interrupts the
 * sending thread, which cancels the exchange), then the body stream. One per exchange.
 *
 * <p>The sending thread calls {@link #send(HttpClient, HttpRequest)} and hands the body over with
 * {@link #received(InputStream)}; {@link #abort()} may come from any thread at any time. The interrupt an abort
 * sends is cleared before {@code send} returns, so the caller's thread leaves the exchange as it entered it: an
 * interrupt the caller had of its own is left for it.
 */
public final class InterruptibleSend {

    private volatile boolean aborted;
    private volatile InputStream body;
    // Guarded by this: the thread inside send, and whether an abort has interrupted it.
    private Thread sender;
    private boolean interruptedByAbort;

    /**
     * The client's blocking {@code send} of {@code request} on the caller's thread, ended by an abort at any point
     * before the head arrives. Throws {@link AbortedBeforeSending} if the abort came first (nothing was sent), an
     * {@link InterruptedIOException} saying "aborted" if it came during the send (a head that arrived meanwhile is
     * closed), one saying "interrupted" if the caller's own interrupt ended it (the interrupt is restored), or the
     * client's failure: its own I/O failure rather than the plain {@link IOException} {@code send} wraps it in.
     */
    public HttpResponse<InputStream> send(HttpClient client, HttpRequest request) throws IOException {
        if (!begin()) {
            throw new AbortedBeforeSending();
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            boolean byAbort = end();
            if (!byAbort) {
                Thread.currentThread().interrupt();
            }
            throw new InterruptedIOException(byAbort ? "aborted" : "interrupted");
        } catch (IOException | RuntimeException e) {
            // An abort's interrupt may also surface as a closed channel: it is still the abort.
            if (end()) {
                throw new InterruptedIOException("aborted");
            }
            if (unwrapped(e) instanceof IOException cause) {
                throw cause;
            }
            throw e;
        }
        if (end()) {
            closeQuietly(response.body());
            throw new InterruptedIOException("aborted");
        }
        return response;
    }

    /** Enters the sending phase on the caller's thread; false if the exchange was aborted before it. */
    synchronized boolean begin() {
        if (aborted) {
            return false;
        }
        sender = Thread.currentThread();
        return true;
    }

    /** Leaves the sending phase; true if an abort came during it (its interrupt, if it sent one, is cleared). */
    synchronized boolean end() {
        sender = null;
        if (interruptedByAbort) {
            Thread.interrupted();
            interruptedByAbort = false;
        }
        return aborted;
    }

    /** The response body, once the head has arrived; closed at once if the exchange was aborted meanwhile. */
    public void received(InputStream raw) {
        body = raw;
        if (aborted) {
            closeQuietly(raw);
        }
    }

    /** Whether {@link #abort()} has been called. */
    boolean aborted() {
        return aborted;
    }

    /** The body stream handed over by {@link #received(InputStream)}, or null before the head (or without a body). */
    public InputStream body() {
        return body;
    }

    /** Interrupts a send in progress (once) and closes the body if it has arrived; later sends are refused. */
    public void abort() {
        synchronized (this) {
            aborted = true;
            if (sender != null && !interruptedByAbort) {
                interruptedByAbort = true;
                sender.interrupt();
            }
        }
        closeQuietly(body);
    }

    /** {@code send} wraps the client's own failure in a plain {@link IOException}; its cause says more. */
    static Throwable unwrapped(Throwable failure) {
        return failure.getClass() == IOException.class && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Closes {@code in} if there is one; a failure to close is ignored (the exchange's outcome is decided). */
    public static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // Closing is best effort.
            }
        }
    }
}
