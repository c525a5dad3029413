package dev.chatwidget.benchmarks.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The loopback server every HTTP benchmark in a fork talks to, one per fork, in a child JVM: its allocations and
 * GC stay out of the client's {@code -prof gc} numbers (its CPU time is still shared, equally by adapter and raw).
 */
@State(Scope.Benchmark)
public class ServerState {

    /** Server handler threads: enough for the 16-thread runs, so the server is never the queue. */
    static final int SERVER_THREADS = 16;

    private Process process;
    private URI baseUri;

    @Setup(Level.Trial)
    public void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), FixedResponseServer.class.getName(),
                String.valueOf(SERVER_THREADS)))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String port = out.readLine();
        if (port == null) {
            throw new IOException("the fixed-response server did not start");
        }
        baseUri = URI.create("http://127.0.0.1:" + Integer.parseInt(port.trim()));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    URI baseUri() {
        return baseUri;
    }
}
