package dev.chatwidget.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeadlineWatchdogTest {

    final AtomicInteger aborts = new AtomicInteger();
    final CountDownLatch aborted = new CountDownLatch(1);
    final Exchange exchange = onAbort(() -> {
        aborts.incrementAndGet();
        aborted.countDown();
    });

    /** An exchange that is never executed, only aborted (by the watchdog). */
    static Exchange onAbort(Runnable action) {
        return new Exchange() {
            @Override
            public TransportResponse execute() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void abort() {
                action.run();
            }
        };
    }

    @Test
    void an_exchange_still_running_at_its_deadline_is_aborted_once() throws InterruptedException {
        DeadlineWatchdog.Guard guard = DeadlineWatchdog.shared().guard(exchange, Duration.ofMillis(30));

        assertThat(aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(guard.expired()).isTrue();
        guard.close();
        assertThat(aborts).hasValue(1);
    }

    @Test
    void an_exchange_that_ended_in_time_is_never_aborted() throws InterruptedException {
        DeadlineWatchdog.Guard guard = DeadlineWatchdog.shared().guard(exchange, Duration.ofMillis(50));
        guard.close();

        assertThat(aborted.await(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(guard.expired()).isFalse();
    }

    @Test
    void a_deadline_already_passed_aborts_at_once_before_the_guard_is_returned() {
        for (Duration passed : new Duration[] {Duration.ZERO, Duration.ofMillis(-1)}) {
            AtomicReference<Thread> abortedOn = new AtomicReference<>();
            Exchange recording = onAbort(() -> abortedOn.set(Thread.currentThread()));

            DeadlineWatchdog.Guard guard = DeadlineWatchdog.shared().guard(recording, passed);

            assertThat(guard.expired()).as(passed.toString()).isTrue();
            assertThat(abortedOn.get()).as(passed.toString()).isSameAs(Thread.currentThread());
        }
    }

    @Test
    void the_time_left_may_be_given_in_nanoseconds_alike() throws InterruptedException {
        for (long passed : new long[] {0L, -1L, Long.MIN_VALUE}) {
            AtomicReference<Thread> abortedOn = new AtomicReference<>();
            DeadlineWatchdog.Guard guard = DeadlineWatchdog.shared().guard(
                    onAbort(() -> abortedOn.set(Thread.currentThread())), passed);
            assertThat(guard.expired()).as("%d ns", passed).isTrue();
            assertThat(abortedOn.get()).as("%d ns", passed).isSameAs(Thread.currentThread());
        }
        try (DeadlineWatchdog.Guard endless = DeadlineWatchdog.shared().guard(exchange, Long.MAX_VALUE)) {
            assertThat(endless.expired()).isFalse();
        }

        DeadlineWatchdog.Guard guard = DeadlineWatchdog.shared().guard(exchange, TimeUnit.MILLISECONDS.toNanos(30));
        assertThat(aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(guard.expired()).isTrue();
        assertThat(aborts).hasValue(1);
    }

    @Test
    void a_deadline_too_far_to_count_in_nanoseconds_is_accepted() {
        try (DeadlineWatchdog.Guard guard = DeadlineWatchdog.shared().guard(exchange, Duration.ofSeconds(Long.MAX_VALUE))) {
            assertThat(guard.expired()).isFalse();
        }
        assertThat(aborts).hasValue(0);
    }

    @Test
    void closed_guards_leave_the_queue_at_once() {
        DeadlineWatchdog watchdog = new DeadlineWatchdog("test-watchdog");
        DeadlineWatchdog.Guard open = watchdog.guard(exchange, Duration.ofSeconds(60));
        for (int i = 0; i < 1_000; i++) {
            watchdog.guard(exchange, Duration.ofSeconds(60)).close();
        }

        assertThat(watchdog.queued()).isOne();
        open.close();
        assertThat(watchdog.queued()).isZero();
    }

    @Test
    void aborts_run_on_a_named_daemon_thread_so_a_pending_deadline_never_keeps_the_jvm_alive()
            throws InterruptedException {
        AtomicReference<Thread> abortedOn = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Exchange recording = onAbort(() -> {
            abortedOn.set(Thread.currentThread());
            done.countDown();
        });

        new DeadlineWatchdog("test-daemon-watchdog").guard(recording, Duration.ofMillis(1));

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(abortedOn.get().isDaemon()).isTrue();
        assertThat(abortedOn.get().getName()).isEqualTo("test-daemon-watchdog");
    }

    @Test
    void a_sooner_deadline_wakes_a_watchdog_asleep_until_a_later_one() throws InterruptedException {
        DeadlineWatchdog watchdog = new DeadlineWatchdog("test-watchdog");
        try (DeadlineWatchdog.Guard later = watchdog.guard(exchange, Duration.ofSeconds(60))) {
            Thread.sleep(20); // the watchdog now sleeps until the 60 s deadline
            DeadlineWatchdog.Guard sooner = watchdog.guard(exchange, Duration.ofMillis(30));

            assertThat(aborted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(sooner.expired()).isTrue();
            assertThat(later.expired()).isFalse();
        }
    }

    @Test
    void guards_from_many_threads_each_fire_once_at_their_deadline_unless_closed_first() throws Exception {
        DeadlineWatchdog watchdog = new DeadlineWatchdog("test-watchdog");
        int threads = 8;
        int perThread = 50;
        AtomicInteger[] abortsOf = new AtomicInteger[threads * perThread];
        DeadlineWatchdog.Guard[] guards = new DeadlineWatchdog.Guard[abortsOf.length];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * perThread;
                done.add(pool.submit(() -> {
                    for (int i = first; i < first + perThread; i++) {
                        AtomicInteger count = new AtomicInteger();
                        abortsOf[i] = count;
                        Exchange counted = onAbort(count::incrementAndGet);
                        // Even guards expire soon (1-40 ms); odd ones have a minute and are closed at once.
                        guards[i] = watchdog.guard(counted, Duration.ofMillis(i % 2 == 0 ? 1 + i % 40 : 60_000));
                        if (i % 2 == 1) {
                            guards[i].close();
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (watchdog.queued() > 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }

        assertThat(watchdog.queued()).isZero();
        for (int i = 0; i < abortsOf.length; i++) {
            assertThat(abortsOf[i]).as("guard %d", i).hasValue(i % 2 == 0 ? 1 : 0);
            assertThat(guards[i].expired()).as("guard %d", i).isEqualTo(i % 2 == 0);
        }
    }

    @Test
    void an_exchange_whose_abort_throws_does_not_stop_the_watchdog() throws InterruptedException {
        DeadlineWatchdog watchdog = new DeadlineWatchdog("test-watchdog");
        Exchange throwing = onAbort(() -> {
            throw new IllegalStateException("pool shut down");
        });
        DeadlineWatchdog.Guard failing = watchdog.guard(throwing, Duration.ofMillis(5));
        DeadlineWatchdog.Guard next = watchdog.guard(exchange, Duration.ofMillis(40));

        assertThat(aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failing.expired()).isTrue();
        assertThat(next.expired()).isTrue();
    }
}
