package dev.chatwidget.adapter.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (the binary shipped in the embedded-redis artifact) on a free loopback port, for a
 * test class: register it as a {@code static} field with {@code @RegisterExtension}. Started before all tests,
 * stopped (and its data directory deleted) after them. Data is kept in an append-only file synced on every write,
 * so {@link #restart()} keeps it, as a production Redis holding refresh tokens must.
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {

    private static final int START_TRIES = 5;

    private Path dataDir;
    private int port;
    private RedisServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts the server on a free loopback port (retried: another process may take the port we probed). */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            dataDir = Files.createTempDirectory("chat-widget-redis-");
            IOException last = null;
            for (int i = 0; i < START_TRIES; i++) {
                try {
                    startOn(freePort());
                    return;
                } catch (IOException e) {
                    last = e;
                }
            }
            throw new UncheckedIOException("redis-server did not start after " + START_TRIES + " tries", last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code redis://127.0.0.1:<port>}: what Lettuce's {@code RedisClient.create} takes. */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** The loopback port the server listens on (the same across {@link #restart()}). */
    public int port() {
        return port;
    }

    /** Stops the server; clients see connection failures until {@link #resume()}. Data stays on disk. */
    public synchronized void pause() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = null;
    }

    /** Starts the server again on the same port with the same data (after {@link #pause()}). */
    public synchronized void resume() {
        if (server != null) {
            return;
        }
        try {
            startOn(port);
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server did not restart on port " + port, e);
        }
    }

    /** Stops and starts the server on the same port: connected clients lose their connections, data is kept. */
    public void restart() {
        pause();
        resume();
    }

    /** Stops the server and deletes its data. */
    public synchronized void close() {
        pause();
        deleteDataDir();
    }

    private void startOn(int candidate) throws IOException {
        RedisServer started = RedisServer.newRedisServer()
                .port(candidate)
                .bind("127.0.0.1")
                .setting("dir " + dataDir)
                .setting("appendonly yes")
                .setting("appendfsync always")
                .setting("save \"\"")
                .setting("protected-mode yes")
                .onShutdownForceStop(true)
                .build();
        started.start();
        port = candidate;
        server = started;
        awaitListening(candidate);
    }

    private static void awaitListening(int candidate) throws IOException {
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), candidate)) {
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(until)) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private void deleteDataDir() {
        if (dataDir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
        dataDir = null;
    }

    @Override
    public String toString() {
        return "RedisServerExtension[" + (server == null ? "stopped" : uri()) + "]";
    }
}
