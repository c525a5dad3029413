package dev.chatwidget.adapter.http;

import dev.chatwidget.core.error.TransportFailure;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.List;

/**
 * Turns whatever an HTTP stack threw into the one {@link TransportException}, written once for every transport:
 * "never connected" only for the failures that prove no connection was made, "timed out" for every timeout.
 */
public final class TransportFailures {

    private static final List<Class<? extends Throwable>> NEVER_CONNECTED = List.of(ConnectException.class,
            UnknownHostException.class, NoRouteToHostException.class, HttpConnectTimeoutException.class,
            AbortedBeforeSending.class);
    private static final List<Class<? extends Throwable>> TIMEOUTS = List.of(SocketTimeoutException.class,
            InterruptedIOException.class, HttpTimeoutException.class);

    private TransportFailures() {
    }

    /**
     * @param failure         what the stack threw (any exception; a {@link TransportException} is returned as is)
     * @param neverConnected  the stack's own types that prove no connection was made (e.g. its connect timeout)
     */
    @SafeVarargs
    public static TransportException classify(Throwable failure, Class<? extends Throwable>... neverConnected) {
        if (failure instanceof TransportException known) {
            return known;
        }
        boolean connected = !anyInChain(failure, NEVER_CONNECTED) && !anyInChain(failure, List.of(neverConnected));
        boolean timedOut = anyInChain(failure, TIMEOUTS);
        // The stack's own message may name hosts or paths but never a token or a body.
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return new TransportException(detail, connected, timedOut, failure);
    }

    /**
     * The typed error a caller gets for {@code e}: it may have reached the server exactly when the transport says a
     * connection was (or may have been) made.
     *
     * @param deadlinePassed whether the watchdog aborted the exchange at its deadline
     */
    public static TransportFailure asError(TransportException e, boolean deadlinePassed) {
        if (deadlinePassed) {
            return TransportFailure.of("timed out (the attempt's deadline passed)", e.connected());
        }
        String kind = e.timedOut() ? "timed out" : !e.connected() ? "could not connect" : "I/O failure";
        return TransportFailure.of(kind + " (" + e.getMessage() + ")", e.connected());
    }

    /** The failure of an exchange on a transport that was closed before it sent anything. */
    public static TransportException closed() {
        return new TransportException("the transport is closed", false, false, null);
    }

    private static boolean anyInChain(Throwable failure, List<Class<? extends Throwable>> types) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
