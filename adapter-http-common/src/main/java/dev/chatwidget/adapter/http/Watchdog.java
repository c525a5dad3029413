package dev.chatwidget.adapter.http;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** The single daemon thread a transport uses to abort calls that outlive their deadline. */
public final class Watchdog {

    private Watchdog() {
    }

    /**
     * A one-thread scheduler whose cancelled tasks leave its queue at once: every call schedules a deadline task
     * and cancels it when it ends, so without removal the queue would hold one dead task per call for a whole call
     * timeout (5,000 calls left 5,000 queued tasks in the benchmarks).
     */
    public static ScheduledExecutorService create(String threadName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
