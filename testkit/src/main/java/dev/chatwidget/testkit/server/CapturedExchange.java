package dev.chatwidget.testkit.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exchange for a mounted handler that writes into memory instead of the connection, so its response becomes
 * a {@link Reply} that faults can delay, drop or truncate like any other.
 */
final class CapturedExchange extends HttpExchange {

    private final HttpExchange original;
    private final Headers responseHeaders = new Headers();
    private InputStream in;
    private OutputStream out;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private int status = -1;

    CapturedExchange(HttpExchange original, byte[] body) {
        this.original = original;
        this.in = new ByteArrayInputStream(body);
        this.out = captured;
    }

    /** What the handler sent, or empty if it never sent a status. */
    Optional<Reply> reply() {
        if (status < 0) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        responseHeaders.forEach((k, v) -> headers.put(k, List.copyOf(v)));
        return Optional.of(new Reply(status, headers, captured.toByteArray()));
    }

    @Override
    public Headers getRequestHeaders() {
        return original.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return original.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return original.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return original.getHttpContext();
    }

    @Override
    public void close() {
        // the real exchange is closed by the server once the reply is written
    }

    @Override
    public InputStream getRequestBody() {
        return in;
    }

    @Override
    public OutputStream getResponseBody() {
        return out;
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) {
        if (status >= 0) {
            throw new IllegalStateException("headers already sent");
        }
        status = rCode;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return original.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return original.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return original.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return original.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        original.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) {
            in = i;
        }
        if (o != null) {
            out = o;
        }
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return original.getPrincipal();
    }
}
