package dev.chatwidget.adapter.http.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback in front of a server, counting the client connections that are open: it sees a
 * connection close when the client closes its socket.
 */
public final class ConnectionRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final URI target;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();

    public ConnectionRelay(URI target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    public int open() {
        return open.get();
    }

    public int accepted() {
        return accepted.get();
    }

    /** Waits up to {@code millis} for the open count to reach {@code expected}; returns the count then. */
    public int awaitOpen(int expected, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (open.get() != expected && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return open.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(target.getHost(), target.getPort());
                accepted.incrementAndGet();
                open.incrementAndGet();
                pump(server, client, false);
                pump(client, server, true);
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Copies {@code from} to {@code to}; when the client side ends, the connection counts as closed. */
    private void pump(Socket from, Socket to, boolean fromClient) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // either side went away
            } finally {
                if (fromClient) {
                    open.decrementAndGet();
                }
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
