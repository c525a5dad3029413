package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.Durations;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The one thread that aborts exchanges which outlive their attempt's deadline, shared by every transport and every
 * handler of the process: a transport's own timeouts bound only each connect and each read, so without it a slowly
 * trickling body could run past the deadline. It is never shut down (a daemon thread), so closing a handler can
 * never make it refuse work.
 *
 * <p>Guarding an exchange costs no thread wake-up: the thread sleeps until the earliest deadline it knows of and is
 * woken only by a guard whose deadline comes sooner (or by the first guard after it found nothing to watch). Calls
 * with the same attempt timeout, the usual case, end and start again without ever waking it; a scheduled-executor
 * task per attempt woke it on every call (its queue's head changed each time).
 */
public final class DeadlineWatchdog {

    /** Deadlines further away than this (about 73 years) are treated as this far, so nanoTime arithmetic holds. */
    private static final long FOREVER = Long.MAX_VALUE / 4;
    private static final DeadlineWatchdog SHARED = new DeadlineWatchdog("chat-widget-deadline-watchdog");

    private final Set<Guard> watched = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    /** When the thread looks next; meaningful only while {@link #looking} is false. */
    private volatile long wakeAt;
    /** The thread is looking at the guards, or sleeps with none to watch: every new guard must wake it. */
    private volatile boolean looking = true;

    DeadlineWatchdog(String threadName) {
        thread = new Thread(this::watch, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** The process-wide watchdog. */
    public static DeadlineWatchdog shared() {
        return SHARED;
    }

    /**
     * Aborts {@code exchange} once {@code timeLeft} has passed, unless the returned guard is closed first. A time
     * that has already passed aborts at once.
     */
    public Guard guard(Exchange exchange, Duration timeLeft) {
        return guard(exchange, Durations.saturatedNanos(timeLeft));
    }

    /** {@link #guard(Exchange, Duration)} with the time left in nanoseconds. */
    public Guard guard(Exchange exchange, long nanos) {
        Guard guard = new Guard(this, exchange, System.nanoTime() + Math.min(nanos, FOREVER));
        if (nanos <= 0) {
            guard.fire();
            return guard;
        }
        watched.add(guard);
        // Read after the add: a thread that has started looking sees the guard, one that planned its sleep before
        // the add is woken here if this deadline comes first.
        if (looking || guard.deadline - wakeAt < 0) {
            LockSupport.unpark(thread);
        }
        return guard;
    }

    private void watch() {
        while (true) {
            looking = true;
            long now = System.nanoTime();
            long next = 0;
            boolean any = false;
            for (Guard guard : watched) {
                if (guard.deadline - now <= 0) {
                    watched.remove(guard);
                    guard.fire();
                } else if (!any || guard.deadline - next < 0) {
                    next = guard.deadline;
                    any = true;
                }
            }
            if (!any) {
                LockSupport.park(this);
                continue;
            }
            wakeAt = next;
            looking = false;
            // A guard added since the scan either was seen by it or woke this thread (the park then returns at once).
            LockSupport.parkNanos(this, next - System.nanoTime());
        }
    }

    /** Guards still watched (closed ones leave at once). */
    int queued() {
        return watched.size();
    }

    /** One exchange's deadline; close it when the exchange (its body included) is done. */
    public static final class Guard implements AutoCloseable {

        private final DeadlineWatchdog watchdog;
        private final Exchange exchange;
        private static final VarHandle EXPIRED;

        static {
            try {
                EXPIRED = MethodHandles.lookup().findVarHandle(Guard.class, "expired", boolean.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final long deadline;
        // Set once, by compare-and-set (a field, not an AtomicBoolean: one object less per call).
        private volatile boolean expired;

        private Guard(DeadlineWatchdog watchdog, Exchange exchange, long deadline) {
            this.watchdog = watchdog;
            this.exchange = exchange;
            this.deadline = deadline;
        }

        private void fire() {
            if (EXPIRED.compareAndSet(this, false, true)) {
                try {
                    exchange.abort();
                } catch (RuntimeException | Error ignored) {
                    // A transport that fails to abort must not stop the watchdog: the call's own read ends it.
                }
            }
        }

        /** Whether the deadline passed and the exchange was aborted. */
        public boolean expired() {
            return expired;
        }

        @Override
        public void close() {
            watchdog.watched.remove(this);
        }
    }
}
