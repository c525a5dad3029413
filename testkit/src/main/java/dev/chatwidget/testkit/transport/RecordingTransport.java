package dev.chatwidget.testkit.transport;

import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport that records what passes through it ({@code "POST /oauth/token"}, {@code "GET /chat-widget/..."})
 * and how often it is closed, then hands every exchange to the real transport it wraps: the proof that calls and
 * token refreshes share one transport, and that it is closed exactly once.
 */
public final class RecordingTransport implements Transport {

    private final Transport delegate;
    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();

    public RecordingTransport(Transport delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Exchange prepare(TransportRequest request) {
        prepared.add(request.method() + " " + request.uri().getRawPath());
        return delegate.prepare(request);
    }

    /** Method and path of every request prepared so far, in order. */
    public List<String> prepared() {
        return List.copyOf(prepared);
    }

    /** How many times {@link #close()} was called. */
    public int closes() {
        return closes.get();
    }

    @Override
    public void close() {
        closes.incrementAndGet();
        delegate.close();
    }
}
