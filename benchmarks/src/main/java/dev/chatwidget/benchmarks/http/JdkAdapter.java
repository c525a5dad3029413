package dev.chatwidget.benchmarks.http;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.jdk.JdkHttpChatWidgets;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The JDK {@code java.net.http} adapter, as a user builds it. */
@State(Scope.Benchmark)
public class JdkAdapter {

    CloseableGateway gateway;

    @Setup(Level.Trial)
    public void open(ServerState server) {
        gateway = Adapters.checked(JdkHttpChatWidgets.create(Adapters.config(server.baseUri())));
    }

    @TearDown(Level.Trial)
    public void close() {
        gateway.close();
    }
}
