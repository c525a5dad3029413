package dev.chatwidget.testkit.server.oauth;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A bare JDK HttpServer on 127.0.0.1 with nothing but the fake token endpoint mounted. */
final class LoopbackOAuthServer implements AutoCloseable {

    final FakeOAuth oauth;
    final OAuthTokenHandler handler;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    LoopbackOAuthServer(FakeOAuth oauth) {
        this.oauth = oauth;
        this.handler = oauth.handler();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(OAuthTokenHandler.PATH, handler);
        server.setExecutor(pool);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
