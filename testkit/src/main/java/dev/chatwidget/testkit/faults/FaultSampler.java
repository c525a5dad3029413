package dev.chatwidget.testkit.faults;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.testkit.server.Fault;
import dev.chatwidget.testkit.server.FaultScript;
import dev.chatwidget.testkit.server.RecordedRequest;
import dev.chatwidget.testkit.server.RequestMatcher;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults mixed into a stream of requests at random, each kind on a share of them, remembering which request met
 * which fault (so a test can tell a legitimate retry from a duplicate).
 */
public final class FaultSampler {

    /** The kinds of fault mixed in, with the share of requests (per mille) each one hits. */
    public enum Kind {
        UNAVAILABLE_503(20, false), BURST_429(10, false), DAILY_429(3, false), CLOSED(10, false),
        DROPPED(10, true), TRUNCATED(10, true), MALFORMED(5, false), SLOW(5, true), HUGE(2, false);

        private final int perMille;
        private final boolean handled;

        Kind(int perMille, boolean handled) {
            this.perMille = perMille;
            this.handled = handled;
        }

        /** Whether the server handles a request that meets this fault (its write takes effect). */
        public boolean handled() {
            return handled;
        }

        Fault fault() {
            return switch (this) {
                case UNAVAILABLE_503 -> Fault.respond(503, Map.of(), "");
                case BURST_429 -> FaultCase.BURST_429_ONCE.fault(Operation.GET);
                case DAILY_429 -> FaultCase.DAILY_429.fault(Operation.GET);
                case CLOSED -> Fault.closeConnection();
                case DROPPED -> Fault.dropResponse();
                case TRUNCATED -> Fault.truncatedResponse(5);
                case MALFORMED -> Fault.malformedJson(200);
                case SLOW -> Fault.delay(FaultCase.SLOW_ANSWER);
                case HUGE -> Fault.hugeChunkedBody(200, 256 * 1024);
            };
        }
    }

    private final Map<RecordedRequest, Kind> met = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Kind, AtomicLong> counts = new EnumMap<>(Kind.class);

    /** Adds every kind to {@code script}, each on its share of all requests, until the script is cleared. */
    public static FaultSampler mixInto(FaultScript script) {
        FaultSampler sampler = new FaultSampler();
        for (Kind kind : Kind.values()) {
            sampler.counts.put(kind, new AtomicLong());
            script.always(sampler.sample(kind), kind.fault());
        }
        return sampler;
    }

    /** The fault {@code request} met, if any. */
    public Optional<Kind> faultOf(RecordedRequest request) {
        return Optional.ofNullable(met.get(request));
    }

    /** How many requests met each kind. */
    public Map<Kind, Long> counts() {
        Map<Kind, Long> out = new EnumMap<>(Kind.class);
        counts.forEach((kind, count) -> out.put(kind, count.get()));
        return out;
    }

    private RequestMatcher sample(Kind kind) {
        return request -> {
            if (ThreadLocalRandom.current().nextInt(1000) >= kind.perMille) {
                return false;
            }
            // The script plays the first entry that matches, so a match here is the fault this request meets.
            met.put(request, kind);
            counts.get(kind).incrementAndGet();
            return true;
        };
    }
}
