package dev.chatwidget.adapter.http;

/**
 * One request/response exchange of a {@link Transport} (AWS's {@code ExecutableHttpRequest} shape): executed once by
 * the calling thread, aborted by another (the {@link DeadlineWatchdog}) when the attempt's deadline passes.
 */
public interface Exchange {

    /**
     * Sends the request and returns once the response head has arrived; the body streams from the response, which
     * the caller closes.
     *
     * @throws TransportException when no response head arrived (refused, reset, timed out, aborted, closed, ...)
     */
    TransportResponse execute() throws TransportException;

    /** Stops the exchange wherever it is (connecting, sending, waiting, streaming the body); safe to call any time. */
    void abort();
}
