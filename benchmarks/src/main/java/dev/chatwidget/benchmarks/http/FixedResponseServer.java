package dev.chatwidget.benchmarks.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server answering every get, list, create and patch with the same pre-encoded bytes, so a benchmark
 * measures the client side only (and both sides of a comparison pay the same server cost). Sends the rate-limit
 * headers a real response carries, because the adapters parse them. Benchmarks run it in a separate JVM
 * ({@link #main}), so {@code -prof gc} counts the client's allocations only.
 */
public final class FixedResponseServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY the server sends the body only after the client ACKs the headers, and delayed ACKs
        // turn every small response into a 40 ms wait. Read once, when the JDK server's config class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final byte[] NOT_FOUND = "{\"statusCode\":404,\"message\":\"Not Found\"}".getBytes();

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] widget = WidgetFixture.widgetBytes();
    private final byte[] list = WidgetFixture.listBytes();

    private FixedResponseServer(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fixed-response-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server with as many handler threads as client threads it will see. */
    public static FixedResponseServer start(int threads) {
        try {
            return new FixedResponseServer(Math.max(2, threads));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the loopback server", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int widgetBodySize() {
        return widget.length;
    }

    public int listBodySize() {
        return list.length;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String path = exchange.getRequestURI().getRawPath();
        byte[] body;
        int status = 200;
        if (path.startsWith("/chat-widget/list")) {
            body = list;
        } else if (path.startsWith("/chat-widget/data/")) {
            // get, and the answer to a patch: the widget as stored
            body = widget;
        } else if (path.equals("/chat-widget/") && exchange.getRequestMethod().equals("POST")) {
            body = widget;
            status = 201;
        } else {
            body = NOT_FOUND;
            status = 404;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("X-RateLimit-Max", "100");
        headers.set("X-RateLimit-Remaining", "99");
        headers.set("X-RateLimit-Interval-Milliseconds", "10000");
        headers.set("X-RateLimit-Limit-Daily", "200000");
        headers.set("X-RateLimit-Daily-Remaining", "199999");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Runs the server as its own process: prints its port on the first line of stdout, then serves until stdin
     * closes (the benchmark that started it ended), so its allocations never count against the client's.
     */
    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        try (FixedResponseServer server = start(threads)) {
            System.out.println(server.baseUri().getPort());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
