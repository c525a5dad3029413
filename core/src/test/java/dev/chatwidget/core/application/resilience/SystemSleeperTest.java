package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.port.out.Sleeper;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemSleeperTest {

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
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
