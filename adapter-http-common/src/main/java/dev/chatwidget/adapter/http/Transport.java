package dev.chatwidget.adapter.http;

/**
 * The only thing an HTTP adapter provides: prepare one exchange (method, URI, headers, body) that can be executed
 * once and aborted from another thread. Everything else (routes, headers, JSON, errors, rate limits, deadlines,
 * logging) is the common module's. Implementations are thread-safe, never follow redirects and throw nothing but
 * {@link TransportException} from {@link Exchange#execute()}.
 */
public interface Transport extends AutoCloseable {

    /** An exchange for {@code request}; nothing is sent until {@link Exchange#execute()}. */
    Exchange prepare(TransportRequest request);

    /** Releases connections and threads; exchanges executed afterwards fail with a {@link TransportException}. */
    @Override
    void close();
}
