package dev.chatwidget.testkit.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Puts responses on the wire, whole or deliberately broken. With the JDK server, closing an exchange before its
 * response headers were sent, or before a fixed-length body is complete, closes the connection itself: that is
 * how "no response" and "cut mid-body" reach the client.
 */
final class ResponseWriter {

    private static final int CHUNK = 64 * 1024;

    private ResponseWriter() {
    }

    static void write(HttpExchange exchange, Reply reply) throws IOException {
        write(exchange, reply.status(), reply.headers(), reply.body());
    }

    static void write(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().put(k, new ArrayList<>(v)));
        // HTTP forbids a body on these; the JDK server would otherwise fail the write after the headers went out
        boolean bodiless = body.length == 0 || status < 200 || status == 204 || status == 304
                || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, bodiless ? -1 : body.length);
        if (!bodiless) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** Declares the whole body's length, sends {@code bytesSent} bytes of it, and closes the connection. */
    static void writeTruncated(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body,
                               int bytesSent) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().put(k, new ArrayList<>(v)));
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, bytesSent);
        out.flush();
        abort(exchange);
    }

    /** Streams a JSON object of exactly {@code bytes} bytes: {@code {"padding":"xxxx..."}}. */
    static void writeHuge(HttpExchange exchange, int status, long bytes, boolean chunked) throws IOException {
        byte[] head = "{\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
        exchange.getResponseHeaders().put("Content-Type", List.of(Reply.JSON));
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes);
        byte[] filler = new byte[CHUNK];
        Arrays.fill(filler, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(head);
            long left = bytes - head.length - tail.length;
            while (left > 0) {
                int n = (int) Math.min(left, filler.length);
                out.write(filler, 0, n);
                left -= n;
            }
            out.write(tail);
        }
        exchange.close();
    }

    /** Ends the connection without (the rest of) a response. */
    static void abort(HttpExchange exchange) {
        exchange.close();
    }
}
