package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.port.out.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemSleeperTest {

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Test
    void a_positive_wait_blocks_for_at_least_that_long() throws InterruptedException {
        // Only the lower bound is asserted: the JVM never wakes a sleeper early, but a busy machine may wake it late.
        long before = System.nanoTime();

        Sleeper.system().sleep(Duration.ofMillis(40));

        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(40));
    }

    @Test
    void a_wait_too_long_for_nanoseconds_still_sleeps_until_interrupted() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread sleeper = new Thread(() -> {
            try {
                Sleeper.system().sleep(Duration.ofSeconds(Long.MAX_VALUE));
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        }, "system-sleeper-test");
        sleeper.setDaemon(true);
        sleeper.start();
        while (sleeper.getState() != Thread.State.TIMED_WAITING && !outcome.isDone()) {
            Thread.onSpinWait();
        }

        assertThat(outcome).as("still asleep, not returned or failed at once").isNotDone();
        sleeper.interrupt();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void zero_and_negative_waits_return_at_once() {
        assertThatCode(() -> {
            Sleeper.system().sleep(Duration.ZERO);
            Sleeper.system().sleep(Duration.ofSeconds(-5));
        }).doesNotThrowAnyException();
    }

    @Test
    void an_interrupted_thread_is_told_even_for_a_zero_wait() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ZERO)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void an_interrupted_thread_does_not_sleep() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofDays(1))).isInstanceOf(InterruptedException.class);
    }
}
