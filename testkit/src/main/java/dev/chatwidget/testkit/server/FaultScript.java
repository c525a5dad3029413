package dev.chatwidget.testkit.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fault queue of a fake server. Each request takes the first queued entry that matches it (in the order
 * they were added) and plays its fault; an entry is used up after its count of requests, or never
 * ({@link #always}). Requests no entry matches are handled normally. Thread-safe.
 */
public final class FaultScript {

    private static final int FOREVER = -1;

    private final List<Entry> entries = new ArrayList<>();

    FaultScript() {
    }

    /** Plays {@code fault} on the next request, whatever it is. */
    public FaultScript next(Fault fault) {
        return times(1, RequestMatcher.any(), fault);
    }

    /** Plays {@code fault} on the next request that {@code matcher} accepts. */
    public FaultScript next(RequestMatcher matcher, Fault fault) {
        return times(1, matcher, fault);
    }

    /** Plays each fault in turn on the next requests that {@code matcher} accepts, one request each. */
    public FaultScript sequence(RequestMatcher matcher, Fault... faults) {
        for (Fault fault : faults) {
            times(1, matcher, fault);
        }
        return this;
    }

    /** Plays {@code fault} on the next {@code count} requests that {@code matcher} accepts. */
    public FaultScript times(int count, RequestMatcher matcher, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        return add(new Entry(matcher, fault, count));
    }

    /** Plays {@code fault} on every request {@code matcher} accepts until {@link #clear()}. */
    public FaultScript always(RequestMatcher matcher, Fault fault) {
        return add(new Entry(matcher, fault, FOREVER));
    }

    /** Forgets every queued fault. */
    public synchronized void clear() {
        entries.clear();
    }

    /** How many entries are still queued (an {@link #always} entry counts as one). */
    public synchronized int pending() {
        return entries.size();
    }

    /** The fault for {@code request}, consuming one use of the entry that matched. */
    synchronized Optional<Fault> take(RecordedRequest request) {
        Iterator<Entry> it = entries.iterator();
        while (it.hasNext()) {
            Entry entry = it.next();
            if (entry.matcher.matches(request)) {
                if (entry.remaining != FOREVER && --entry.remaining == 0) {
                    it.remove();
                }
                return Optional.of(entry.fault);
            }
        }
        return Optional.empty();
    }

    private synchronized FaultScript add(Entry entry) {
        entries.add(entry);
        return this;
    }

    private static final class Entry {
        private final RequestMatcher matcher;
        private final Fault fault;
        private int remaining;

        private Entry(RequestMatcher matcher, Fault fault, int remaining) {
            this.matcher = Objects.requireNonNull(matcher, "matcher");
            this.fault = Objects.requireNonNull(fault, "fault");
            this.remaining = remaining;
        }
    }
}
