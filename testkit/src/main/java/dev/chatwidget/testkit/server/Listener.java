package dev.chatwidget.testkit.server;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server bound to 127.0.0.1 and the threads that run its exchanges: a small pool of its own (so
 * concurrent clients and delayed faults do not queue behind each other) unless the caller lends an executor.
 */
final class Listener {

    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final HttpServer server;
    private final ExecutorService ownExecutor;

    private Listener(HttpServer server, ExecutorService ownExecutor) {
        this.server = server;
        this.ownExecutor = ownExecutor;
    }

    /** Binds {@code port} (0: ephemeral) and starts serving everything with {@code handler}. */
    static Listener start(int port, HttpHandler handler, Executor lent, int threads) {
        noDelay();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the fake server to 127.0.0.1:" + port, e);
        }
        server.createContext("/", handler);
        ExecutorService own = lent == null ? Executors.newFixedThreadPool(threads, new DaemonThreads()) : null;
        server.setExecutor(lent != null ? lent : own);
        server.start();
        return new Listener(server, own);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Closes the socket and every open connection, and interrupts exchanges still running (delays). */
    void stop() {
        server.stop(0);
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
            try {
                ownExecutor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Daemon threads, so a forgotten server never keeps a test JVM alive. */
    /**
     * The JDK's HttpServer writes a response's head and body separately and leaves Nagle's algorithm on unless this
     * property is set before its first server is made: against delayed ACKs that added ~40 ms to every small
     * response. The property is read once per JVM, so it is set here, before any server exists, unless the JVM was
     * started with a value of its own.
     */
    static void noDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "fake-highlevel-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
