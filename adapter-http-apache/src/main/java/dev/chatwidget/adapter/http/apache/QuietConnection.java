package dev.chatwidget.adapter.http.apache;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * A pooled connection that writes nothing to HttpClient's header and wire logs. HttpClient's own connection
 * (final, not configurable) logs every request header, Authorization included, to
 * {@code org.apache.hc.client5.http.headers} and every byte to {@code org.apache.hc.client5.http.wire} at DEBUG, so
 * anyone who turns DEBUG on for everything would log the token and every body. Otherwise this behaves as that
 * connection does: the socket timeout survives passivate/activate in the pool, and it closes once.
 */
final class QuietConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Timeout socketTimeout;

    private QuietConnection() {
        super(Http1Config.DEFAULT);
    }

    /** The factory the connection pool makes its connections with. */
    static HttpConnectionFactory<ManagedHttpClientConnection> factory() {
        return socket -> {
            QuietConnection connection = new QuietConnection();
            if (socket != null) {
                connection.bind(socket);
            }
            return connection;
        };
    }

    @Override
    public void bind(Socket socket) throws IOException {
        bind(new SocketHolder(socket));
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        bind(new SocketHolder(sslSocket, socket));
    }

    @Override
    protected void bind(SocketHolder holder) throws IOException {
        if (closed.get()) {
            holder.getSocket().close();
            throw new InterruptedIOException("Connection already shutdown");
        }
        super.bind(holder);
        socketTimeout = Timeout.ofMilliseconds(holder.getSocket().getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder != null ? holder.getSocket() : null;
    }

    @Override
    public SSLSession getSSLSession() {
        return getSocket() instanceof SSLSocket ssl ? ssl.getSession() : null;
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        socketTimeout = timeout;
    }

    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            super.close();
        }
    }

    @Override
    public void close(CloseMode mode) {
        if (closed.compareAndSet(false, true)) {
            super.close(mode);
        }
    }
}
