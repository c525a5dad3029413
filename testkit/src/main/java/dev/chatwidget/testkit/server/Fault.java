package dev.chatwidget.testkit.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted misbehaviour of the fake server for one request, played before (or instead of) normal handling.
 * Scripted responses are sent exactly as given: no rate-limit headers are added, as from a proxy.
 */
public sealed interface Fault permits Fault.Respond, Fault.Delay, Fault.PassThrough, Fault.CloseConnection,
        Fault.DropResponse, Fault.TruncatedBody, Fault.TruncatedResponse, Fault.HugeBody {

    /** A body that starts like a list response and stops mid-value: not JSON. */
    String MALFORMED_JSON = "{\"chatWidgets\":[{\"_id\":\"abc\",\"name\":";

    /** Responds with any status, headers and body instead of handling the request. */
    static Fault respond(int status, Map<String, List<String>> headers, String body) {
        return new Respond(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Responds with a status and a JSON body instead of handling the request. */
    static Fault respond(int status, String jsonBody) {
        return respond(status, Map.of("Content-Type", List.of("application/json")), jsonBody);
    }

    /** Responds with a status, a JSON content type and a body that is not valid JSON. */
    static Fault malformedJson(int status) {
        return respond(status, MALFORMED_JSON);
    }

    /** Waits, then handles the request normally. */
    static Fault delay(Duration delay) {
        return new Delay(delay, PassThrough.INSTANCE);
    }

    /** Waits, then plays {@code then}. */
    static Fault delay(Duration delay, Fault then) {
        return new Delay(delay, then);
    }

    /** Handles the request normally (useful in sequences: fail once, then let one through). */
    static Fault passThrough() {
        return PassThrough.INSTANCE;
    }

    /** Closes the connection without any response; the request is not handled. */
    static Fault closeConnection() {
        return CloseConnection.INSTANCE;
    }

    /** Handles the request (state changes happen) and then closes the connection without a response. */
    static Fault dropResponse() {
        return DropResponse.INSTANCE;
    }

    /**
     * Sends the status, headers and a {@code Content-Length} for the whole body, then only the first
     * {@code bytesSent} bytes of it, then closes the connection.
     */
    static Fault truncatedBody(int status, String body, int bytesSent) {
        return new TruncatedBody(status, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8), bytesSent);
    }

    /** Handles the request, then sends its real response cut after {@code bytesSent} bytes of body and closes. */
    static Fault truncatedResponse(int bytesSent) {
        return new TruncatedResponse(bytesSent);
    }

    /** A JSON body of exactly {@code bytes} bytes with a {@code Content-Length}, streamed. */
    static Fault hugeBody(int status, long bytes) {
        return new HugeBody(status, bytes, false);
    }

    /** A JSON body of exactly {@code bytes} bytes sent chunked (no {@code Content-Length}), streamed. */
    static Fault hugeChunkedBody(int status, long bytes) {
        return new HugeBody(status, bytes, true);
    }

    /** Responds with exactly this instead of handling the request. */
    record Respond(int status, Map<String, List<String>> headers, byte[] body) implements Fault {
        public Respond {
            checkStatus(status);
            headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
            body = Objects.requireNonNull(body, "body").clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** Waits {@code delay}, then plays {@code then}. */
    record Delay(Duration delay, Fault then) implements Fault {
        public Delay {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(then, "then");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
        }
    }

    /** Normal handling. */
    enum PassThrough implements Fault { INSTANCE }

    /** No response at all: the connection is closed. */
    enum CloseConnection implements Fault { INSTANCE }

    /** Normal handling, then the connection is closed instead of responding. */
    enum DropResponse implements Fault { INSTANCE }

    /** Headers with the full length, part of the body, then the connection is closed. */
    record TruncatedBody(int status, Map<String, List<String>> headers, byte[] body, int bytesSent)
            implements Fault {
        public TruncatedBody {
            checkStatus(status);
            headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
            body = Objects.requireNonNull(body, "body").clone();
            if (bytesSent < 0 || bytesSent >= body.length) {
                throw new IllegalArgumentException("bytesSent must be in 0.." + (body.length - 1));
            }
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** The real response, cut after {@code bytesSent} bytes of body (sent whole if it is not longer). */
    record TruncatedResponse(int bytesSent) implements Fault {
        public TruncatedResponse {
            if (bytesSent < 0) {
                throw new IllegalArgumentException("bytesSent must be >= 0");
            }
        }
    }

    /** A streamed JSON body of exactly {@code bytes} bytes, chunked or with a length. */
    record HugeBody(int status, long bytes, boolean chunked) implements Fault {
        public HugeBody {
            checkStatus(status);
            if (bytes < 16) {
                throw new IllegalArgumentException("bytes must be >= 16");
            }
        }
    }

    private static void checkStatus(int status) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a three-digit HTTP status");
        }
    }
}
