package dev.chatwidget.testkit.faults;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.testkit.server.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The rows of the fault matrix: one scripted misbehaviour of the server, played on the first request of a call,
 * and what a resilient call must end in for each operation. Reads and idempotent writes are retried past
 * transient failures; a create or clone is never sent twice once it may have reached the server.
 */
public enum FaultCase {

    SERVER_ERROR_500_ONCE("500 once") {
        @Override
        public Fault fault(Operation op) {
            return Fault.respond(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}");
        }

        @Override
        public Expectation expect(Operation op) {
            return transientServerError(op, 500);
        }
    },
    BAD_GATEWAY_502_ONCE("502 once, HTML from a proxy") {
        @Override
        public Fault fault(Operation op) {
            return Fault.respond(502, Map.of("Content-Type", List.of("text/html")), "<html>Bad Gateway</html>");
        }

        @Override
        public Expectation expect(Operation op) {
            return transientServerError(op, 502);
        }
    },
    UNAVAILABLE_503_ONCE("503 once, no body") {
        @Override
        public Fault fault(Operation op) {
            return Fault.respond(503, Map.of(), "");
        }

        @Override
        public Expectation expect(Operation op) {
            return transientServerError(op, 503);
        }
    },
    GATEWAY_TIMEOUT_504_ONCE("504 once") {
        @Override
        public Fault fault(Operation op) {
            return Fault.respond(504, "{\"statusCode\":504,\"message\":\"Gateway Timeout\"}");
        }

        @Override
        public Expectation expect(Operation op) {
            return transientServerError(op, 504);
        }
    },
    BURST_429_ONCE("burst 429 once, 20 ms window") {
        @Override
        public Fault fault(Operation op) {
            return Fault.respond(429, Map.of("Content-Type", List.of("application/json"),
                    "X-RateLimit-Max", List.of("100"), "X-RateLimit-Remaining", List.of("0"),
                    "X-RateLimit-Interval-Milliseconds", List.of("20")),
                    "{\"statusCode\":429,\"message\":\"Too Many Requests\"}");
        }

        @Override
        public Expectation expect(Operation op) {
            return Expectation.success(2, writeCount(op));
        }
    },
    DAILY_429("daily 429, quota used up") {
        @Override
        public Fault fault(Operation op) {
            return Fault.respond(429, Map.of("Content-Type", List.of("application/json"),
                    "X-RateLimit-Limit-Daily", List.of("200000"), "X-RateLimit-Daily-Remaining", List.of("0")),
                    "{\"statusCode\":429,\"message\":\"Too Many Requests\"}");
        }

        @Override
        public Expectation expect(Operation op) {
            return Expectation.failure(RateLimited.class, 1, 0)
                    .and("daily scope", e -> ((RateLimited) e).scope() == RateLimited.Scope.DAILY);
        }
    },
    SLOWER_THAN_RESPONSE_TIMEOUT("answer later than the response timeout") {
        @Override
        public Fault fault(Operation op) {
            return Fault.delay(SLOW_ANSWER);
        }

        @Override
        public Expectation expect(Operation op) {
            return op.idempotent() ? Expectation.success(2, writeCount(op)) : mayHaveReachedServer(1);
        }
    },
    CLOSED_BEFORE_RESPONSE("connection closed, request not handled") {
        @Override
        public Fault fault(Operation op) {
            return Fault.closeConnection();
        }

        @Override
        public Expectation expect(Operation op) {
            return op.idempotent() ? Expectation.success(2, writeCount(op)) : mayHaveReachedServer(0);
        }
    },
    DROPPED_AFTER_HANDLING("request handled, response dropped") {
        @Override
        public Fault fault(Operation op) {
            return Fault.dropResponse();
        }

        @Override
        public Expectation expect(Operation op) {
            return handledButLost(op);
        }
    },
    TRUNCATED_AFTER_HANDLING("request handled, body cut after 5 bytes") {
        @Override
        public Fault fault(Operation op) {
            return Fault.truncatedResponse(5);
        }

        @Override
        public Expectation expect(Operation op) {
            return handledButLost(op);
        }
    },
    MALFORMED_JSON("success status, malformed JSON") {
        @Override
        public Fault fault(Operation op) {
            return Fault.malformedJson(GatewayCalls.successStatus(op));
        }

        @Override
        public Expectation expect(Operation op) {
            // A delete reads no body: the status alone says it succeeded (here a proxy said so; nothing changed).
            return op == Operation.DELETE ? Expectation.success(1, 0)
                    : Expectation.failure(UnexpectedResponse.class, 1, 0)
                    .and("status " + GatewayCalls.successStatus(op), e -> e.status() == GatewayCalls.successStatus(op));
        }
    },
    HUGE_BODY_WITH_LENGTH("1 MiB body with Content-Length over a 64 KiB cap") {
        @Override
        public Fault fault(Operation op) {
            return Fault.hugeBody(GatewayCalls.successStatus(op), HUGE_BODY_BYTES);
        }

        @Override
        public Expectation expect(Operation op) {
            return tooLarge();
        }
    },
    HUGE_BODY_CHUNKED("1 MiB chunked body over a 64 KiB cap") {
        @Override
        public Fault fault(Operation op) {
            return Fault.hugeChunkedBody(GatewayCalls.successStatus(op), HUGE_BODY_BYTES);
        }

        @Override
        public Expectation expect(Operation op) {
            return tooLarge();
        }
    };

    /** The response timeout the matrix configures; {@link #SLOWER_THAN_RESPONSE_TIMEOUT} answers well after it. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(250);
    /** Later than any adapter waits for a response head: connect plus response timeout, with a margin. */
    static final Duration SLOW_ANSWER = Duration.ofMillis(800);
    /** The response body cap the matrix configures; the huge bodies are 16 times larger. */
    public static final int MAX_RESPONSE_BYTES = 64 * 1024;
    static final long HUGE_BODY_BYTES = 1024 * 1024;

    private final String description;

    FaultCase(String description) {
        this.description = description;
    }

    /** The fault to play on the call's first request. */
    public abstract Fault fault(Operation op);

    /** What a resilient call of {@code op} must end in. */
    public abstract Expectation expect(Operation op);

    @Override
    public String toString() {
        return description;
    }

    private static long writeCount(Operation op) {
        return GatewayCalls.writes(op) ? 1 : 0;
    }

    private static Expectation transientServerError(Operation op, int status) {
        return op.idempotent() ? Expectation.success(2, writeCount(op))
                : Expectation.failure(ServerError.class, 1, 0).and("status " + status, e -> e.status() == status);
    }

    private static Expectation mayHaveReachedServer(long effects) {
        return Expectation.failure(TransportFailure.class, 1, effects)
                .and("may have reached the server", FaultCase::reachedServer);
    }

    private static Expectation handledButLost(Operation op) {
        if (op == Operation.DELETE) {
            // The first delete took effect; its retry finds the widget gone (rule 3: deleted widgets answer 404).
            return Expectation.failure(NotFound.class, 2, 1);
        }
        return op.idempotent() ? Expectation.success(2, writeCount(op)) : mayHaveReachedServer(1);
    }

    private static Expectation tooLarge() {
        return Expectation.failure(UnexpectedResponse.class, 1, 0)
                .and("names the size cap", e -> e.message().contains(Integer.toString(MAX_RESPONSE_BYTES)));
    }

    private static boolean reachedServer(ChatWidgetError error) {
        return error instanceof TransportFailure failure && failure.mayHaveReachedServer();
    }
}
