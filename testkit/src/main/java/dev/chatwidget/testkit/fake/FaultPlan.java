package dev.chatwidget.testkit.fake;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The faults scripted on a fake, consumed in order by the calls they match:
 * {@code fake.faults().next(2).of(Operation.CREATE).failWith(TestErrors.serverError(503))}.
 */
public final class FaultPlan {

    private final Deque<Fault> queue = new ArrayDeque<>();

    /** Starts scripting the next {@code count} matching calls. */
    public Spec next(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1 (was " + count + ")");
        }
        return new Spec(count, Optional.empty(), Duration.ZERO);
    }

    /** Forgets every scripted fault that has not fired yet. */
    public synchronized void clear() {
        queue.clear();
    }

    public synchronized int pending() {
        return queue.size();
    }

    /** Takes the first fault that matches {@code operation}, if any. */
    synchronized Optional<Fault> take(Operation operation) {
        Iterator<Fault> it = queue.iterator();
        while (it.hasNext()) {
            Fault fault = it.next();
            if (fault.matches(operation)) {
                it.remove();
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private synchronized void add(int count, Fault fault) {
        for (int i = 0; i < count; i++) {
            queue.addLast(fault);
        }
    }

    /** What the next calls do; finish with {@link #failWith} or {@link #delayBy}. */
    public final class Spec {
        private final int count;
        private final Optional<Operation> operation;
        private final Duration latency;

        private Spec(int count, Optional<Operation> operation, Duration latency) {
            this.count = count;
            this.operation = operation;
            this.latency = latency;
        }

        /** Only calls of this operation count (others pass untouched). */
        public Spec of(Operation value) {
            return new Spec(count, Optional.of(Objects.requireNonNull(value, "operation")), latency);
        }

        /** Wait this long before failing (with {@link #failWith}). */
        public Spec after(Duration value) {
            requireNonNegative(value);
            return new Spec(count, operation, value);
        }

        /** The calls fail with {@code error} without reaching the fake's state. */
        public FaultPlan failWith(ChatWidgetError error) {
            add(count, new Fault(operation, latency, Optional.of(Objects.requireNonNull(error, "error"))));
            return FaultPlan.this;
        }

        /** The calls take {@code value} longer, then proceed normally. */
        public FaultPlan delayBy(Duration value) {
            requireNonNegative(value);
            add(count, new Fault(operation, value, Optional.empty()));
            return FaultPlan.this;
        }

        private void requireNonNegative(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("latency must be zero or positive (was " + value + ")");
            }
        }
    }
}
