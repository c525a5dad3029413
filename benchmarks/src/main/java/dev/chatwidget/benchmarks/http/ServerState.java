package dev.chatwidget.benchmarks.http;

import java.net.URI;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The loopback server every HTTP benchmark in a fork talks to (one per fork, shared by all its threads). */
@State(Scope.Benchmark)
public class ServerState {

    /** Server handler threads: enough for the 16-thread runs, so the server is never the queue. */
    static final int SERVER_THREADS = 16;

    FixedResponseServer server;

    @Setup(Level.Trial)
    public void start() {
        server = FixedResponseServer.start(SERVER_THREADS);
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    URI baseUri() {
        return server.baseUri();
    }
}
