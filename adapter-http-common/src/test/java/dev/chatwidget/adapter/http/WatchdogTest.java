package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WatchdogTest {

    @Test
    void cancelled_deadline_tasks_leave_the_queue_at_once() {
        ScheduledThreadPoolExecutor watchdog = (ScheduledThreadPoolExecutor) Watchdog.create("test-watchdog");
        try {
            for (int i = 0; i < 1_000; i++) {
                ScheduledFuture<?> deadline = watchdog.schedule(() -> { }, 60, TimeUnit.SECONDS);
                deadline.cancel(false);
            }
            assertThat(watchdog.getQueue()).isEmpty();
        } finally {
            watchdog.shutdownNow();
        }
    }
}
