package dev.chatwidget.testkit.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback in front of a server (HTTP, Redis, anything), for tests of what a client does with its
 * connections. It counts the client connections it accepted and those still open (a connection closes when the
 * client closes its socket), and can reset a client's connection, as a server going down does, just as the client
 * sends given bytes: before they reach the server, or after the server answered them, dropping the answer.
 */
public final class TcpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger resetsLeft = new AtomicInteger();
    private volatile String marker;
    private volatile boolean afterAnswer;

    /** A relay to {@code targetHost:targetPort}, listening on a free loopback port. */
    public TcpRelay(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay to the host and port of {@code target}. */
    public TcpRelay(URI target) throws IOException {
        this(target.getHost(), target.getPort());
    }

    /** The relay's address as a URI of {@code scheme}, e.g. {@code uri("redis")}. */
    public URI uri(String scheme) {
        return URI.create(scheme + "://127.0.0.1:" + listener.getLocalPort());
    }

    /** Client connections accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Client connections still open. */
    public int open() {
        return open.get();
    }

    /** Connections reset by {@link #resetBeforeSending} or {@link #resetInsteadOfAnswer}. */
    public int resets() {
        return resets.get();
    }

    /** Waits up to {@code millis} for the open count to reach {@code expected}; returns the count then. */
    public int awaitOpen(int expected, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (open.get() != expected && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return open.get();
    }

    /** Resets the client's connection on its next {@code times} writes holding {@code text}, before they are sent. */
    public void resetBeforeSending(String text, int times) {
        arm(text, times, false);
    }

    /**
     * Sends the client's next {@code times} writes holding {@code text} to the server, then resets the client's
     * connection instead of passing the server's answer on: what the client asked for was done, and it cannot know.
     */
    public void resetInsteadOfAnswer(String text, int times) {
        arm(text, times, true);
    }

    private void arm(String text, int times, boolean afterAnswer) {
        this.afterAnswer = afterAnswer;
        this.marker = text;
        resetsLeft.set(times);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(server);
                accepted.incrementAndGet();
                open.incrementAndGet();
                // Set by the client's side when its write was sent on to be answered by a reset.
                AtomicInteger answersToDrop = new AtomicInteger();
                pump(client, server, true, answersToDrop);
                pump(server, client, false, answersToDrop);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromClient, AtomicInteger answersToDrop) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                for (int n; (n = in.read(buffer)) != -1; ) {
                    if (fromClient && matches(buffer, n) && resetsLeft.getAndUpdate(c -> Math.max(0, c - 1)) > 0) {
                        resets.incrementAndGet();
                        if (!afterAnswer) {
                            reset(from, to);
                            return;
                        }
                        answersToDrop.incrementAndGet();
                    }
                    if (!fromClient && answersToDrop.get() > 0) {
                        reset(to, from);
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ended) {
                // Either side went away.
            } finally {
                if (fromClient) {
                    open.decrementAndGet();
                }
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean matches(byte[] buffer, int n) {
        String text = marker;
        return text != null && new String(buffer, 0, n, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** An RST to the client, as from a server that went down; the server's side is closed. */
    private static void reset(Socket client, Socket server) {
        try {
            client.setSoLinger(true, 0);
        } catch (IOException alreadyClosed) {
            // Nothing to reset.
        }
        closeQuietly(client);
        closeQuietly(server);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // Best effort.
        }
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }
}
