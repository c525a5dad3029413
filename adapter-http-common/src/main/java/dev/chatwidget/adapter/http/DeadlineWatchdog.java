package dev.chatwidget.adapter.http;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one thread that aborts exchanges which outlive their attempt's deadline, shared by every transport and every
 * handler of the process: a transport's own timeouts bound only each connect and each read, so without it a slowly
 * trickling body could run past the deadline. It is never shut down (a daemon thread), so closing a handler can
 * never make it refuse work.
 */
public final class DeadlineWatchdog {

    private static final DeadlineWatchdog SHARED = new DeadlineWatchdog("chat-widget-deadline-watchdog");

    private final ScheduledThreadPoolExecutor executor;

    DeadlineWatchdog(String threadName) {
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        // Every attempt schedules a task and cancels it when it ends: without removal the queue would hold one dead
        // task per attempt for a whole deadline (5,000 calls left 5,000 queued tasks in the benchmarks).
        executor.setRemoveOnCancelPolicy(true);
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
        Guard guard = new Guard(exchange);
        long nanos = nanos(timeLeft);
        if (nanos <= 0) {
            guard.fire();
            return guard;
        }
        // Never refused: the executor is never shut down and its queue is unbounded.
        guard.task = executor.schedule(guard::fire, nanos, TimeUnit.NANOSECONDS);
        return guard;
    }

    private static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Tasks still waiting (cancelled ones leave at once). */
    int queued() {
        return executor.getQueue().size();
    }

    /** One exchange's deadline; close it when the exchange (its body included) is done. */
    public static final class Guard implements AutoCloseable {

        private final Exchange exchange;
        private final AtomicBoolean expired = new AtomicBoolean();
        private volatile ScheduledFuture<?> task;

        private Guard(Exchange exchange) {
            this.exchange = exchange;
        }

        private void fire() {
            if (expired.compareAndSet(false, true)) {
                exchange.abort();
            }
        }

        /** Whether the deadline passed and the exchange was aborted. */
        public boolean expired() {
            return expired.get();
        }

        @Override
        public void close() {
            ScheduledFuture<?> scheduled = task;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }
}
