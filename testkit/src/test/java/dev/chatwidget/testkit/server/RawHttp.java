package dev.chatwidget.testkit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what a client library would hide: the exact request line (hostile paths go
 * out byte for byte) and the exact bytes that come back before the server closes the connection.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** What came back: every byte until the server closed the connection. */
    record Exchange(byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        /** The status code, or -1 when no status line arrived. */
        int status() {
            String text = text();
            if (!text.startsWith("HTTP/1.1 ")) {
                return -1;
            }
            return Integer.parseInt(text.substring(9, 12));
        }

        String head() {
            String text = text();
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        String body() {
            String text = text();
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }

    /** Sends one request without a body, with {@code Connection: close}, and reads until the server closes. */
    static Exchange send(FakeHighLevelServer server, String method, String rawTarget, String... headerLines)
            throws IOException {
        return sendWithBody(server, method, rawTarget, "", headerLines);
    }

    /** Sends one request with a UTF-8 body and its Content-Length, and reads until the server closes. */
    static Exchange sendWithBody(FakeHighLevelServer server, String method, String rawTarget, String body,
                                 String... headerLines) throws IOException {
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(rawTarget).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(server.port()).append("\r\n")
                    .append("Connection: close\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            if (bodyBytes.length > 0) {
                request.append("Content-Length: ").append(bodyBytes.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyBytes);
            out.flush();
            return new Exchange(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a reset after the bytes we have is still "the server ended the connection"
        }
        return bytes.toByteArray();
    }
}
