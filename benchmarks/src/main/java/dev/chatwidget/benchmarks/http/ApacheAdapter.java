package dev.chatwidget.benchmarks.http;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.apache.ApacheHttpChatWidgets;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The Apache HttpClient 5 adapter, as a user builds it, on the same pool size as {@link RawApache}. */
@State(Scope.Benchmark)
public class ApacheAdapter {

    CloseableGateway gateway;

    @Setup(Level.Trial)
    public void open(ServerState server) {
        gateway = Adapters.checked(ApacheHttpChatWidgets.create(Adapters.config(server.baseUri())));
    }

    @TearDown(Level.Trial)
    public void close() {
        gateway.close();
    }
}
