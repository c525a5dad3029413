package dev.chatwidget.adapter.http.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPOutputStream;

/**
 * A scripted HTTP server on loopback for adapter tests: it records every request and answers with the replies
 * queued, in order (then with the fallback reply).
 */
public final class StubServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                           byte[] body) {
        public List<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What to answer. */
    public record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body, Duration delay,
                        boolean gzip, int sendOnlyBytes, Duration stallAfterPartialBody, boolean chunkedBody) {

        public static Reply status(int status) {
            return new Reply(status, List.of(), new byte[0], Duration.ZERO, false, -1, Duration.ZERO, false);
        }

        public static Reply json(int status, String json) {
            return status(status).header("Content-Type", "application/json").body(json);
        }

        public Reply header(String name, String value) {
            List<Map.Entry<String, String>> all = new ArrayList<>(headers);
            all.add(Map.entry(name, value));
            return new Reply(status, all, body, delay, gzip, sendOnlyBytes, stallAfterPartialBody, chunkedBody);
        }

        public Reply body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        public Reply body(byte[] bytes) {
            return new Reply(status, headers, bytes, delay, gzip, sendOnlyBytes, stallAfterPartialBody, chunkedBody);
        }

        /** Waits before sending anything. */
        public Reply delayed(Duration value) {
            return new Reply(status, headers, body, value, gzip, sendOnlyBytes, stallAfterPartialBody, chunkedBody);
        }

        public Reply gzipped() {
            return new Reply(status, headers, body, delay, true, sendOnlyBytes, stallAfterPartialBody, chunkedBody);
        }

        /** Without a Content-Length: chunked transfer. */
        public Reply withoutLength() {
            return new Reply(status, headers, body, delay, gzip, sendOnlyBytes, stallAfterPartialBody, true);
        }

        /** Declares the whole body but sends only {@code bytes} of it, then closes the connection. */
        public Reply cutAfter(int bytes) {
            return new Reply(status, headers, body, delay, gzip, bytes, stallAfterPartialBody, chunkedBody);
        }

        /** Sends part of a chunked body, then stalls for {@code value} before the rest. */
        public Reply stallAfterPart(Duration value) {
            return new Reply(status, headers, body, delay, gzip, sendOnlyBytes, value, true);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-server");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile Reply fallback = Reply.status(599);

    public StubServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues replies, answered in order. */
    public StubServer reply(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply once the queue is empty. */
    public StubServer always(Reply reply) {
        fallback = reply;
        return this;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public Recorded lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
            Reply reply = script.poll();
            reply = reply == null ? fallback : reply;
            sleep(reply.delay());
            reply.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
            byte[] out = reply.body();
            if (reply.gzip()) {
                out = gzip(out);
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            if (reply.status() == 204 || reply.status() == 304) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(reply.status(), reply.chunkedBody() ? 0 : out.length == 0 ? -1 : out.length);
            OutputStream stream = exchange.getResponseBody();
            if (reply.sendOnlyBytes() >= 0) {
                stream.write(out, 0, Math.min(reply.sendOnlyBytes(), out.length));
                stream.flush();
                // Closing the socket under the exchange: the client sees a premature end of the body.
                throw new IOException("cut on purpose");
            }
            if (!reply.stallAfterPartialBody().isZero()) {
                int half = out.length / 2;
                stream.write(out, 0, half);
                stream.flush();
                sleep(reply.stallAfterPartialBody());
                stream.write(out, half, out.length - half);
            } else {
                stream.write(out);
            }
        } catch (IOException e) {
            // The client went away or the reply cuts the connection on purpose.
        }
    }

    private static byte[] gzip(byte[] in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(in);
        }
        return bytes.toByteArray();
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
