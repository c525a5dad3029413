package dev.chatwidget.benchmarks.http;

import java.io.IOException;

/**
 * The fixed-response server and the Apache and JDK stacks against it (each adapter and its raw client), opened
 * together for the diagnostics that compare them in one JVM ({@link CallerCpu}, {@link ConcurrentCpu}).
 */
final class Stacks implements AutoCloseable {

    final ServerState server = new ServerState();
    final RawApache rawApache = new RawApache();
    final ApacheAdapter apache = new ApacheAdapter();
    final RawJdk rawJdk = new RawJdk();
    final JdkAdapter jdk = new JdkAdapter();

    Stacks() throws IOException {
        server.start();
        rawApache.open(server);
        apache.open(server);
        rawJdk.open(server);
        jdk.open(server);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        apache.close();
        jdk.close();
        rawApache.close();
        server.stop();
    }
}
