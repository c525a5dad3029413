package dev.chatwidget.testkit.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.function.Supplier;

/** Plays a fault on an exchange; {@code normal} is the response normal handling would give. */
final class FaultPlayer {

    private FaultPlayer() {
    }

    static void play(Fault fault, HttpExchange exchange, Supplier<Reply> normal) throws IOException {
        if (fault instanceof Fault.PassThrough) {
            ResponseWriter.write(exchange, normal.get());
        } else if (fault instanceof Fault.Respond r) {
            ResponseWriter.write(exchange, r.status(), r.headers(), r.body());
        } else if (fault instanceof Fault.Delay d) {
            if (!sleep(d)) {
                ResponseWriter.abort(exchange);
                return;
            }
            play(d.then(), exchange, normal);
        } else if (fault instanceof Fault.CloseConnection) {
            ResponseWriter.abort(exchange);
        } else if (fault instanceof Fault.DropResponse) {
            normal.get();
            ResponseWriter.abort(exchange);
        } else if (fault instanceof Fault.TruncatedBody t) {
            ResponseWriter.writeTruncated(exchange, t.status(), t.headers(), t.body(), t.bytesSent());
        } else if (fault instanceof Fault.TruncatedResponse t) {
            Reply reply = normal.get();
            if (reply.body().length <= t.bytesSent()) {
                ResponseWriter.write(exchange, reply);
            } else {
                ResponseWriter.writeTruncated(exchange, reply.status(), reply.headers(), reply.body(), t.bytesSent());
            }
        } else if (fault instanceof Fault.HugeBody h) {
            ResponseWriter.writeHuge(exchange, h.status(), h.bytes(), h.chunked());
        } else {
            throw new IllegalStateException("unknown fault " + fault);
        }
    }

    /** Waits; false when interrupted (the server is closing). */
    private static boolean sleep(Fault.Delay delay) {
        try {
            Thread.sleep(delay.delay().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
