package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.Durations;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits: the only way core code pauses, so tests can substitute a sleeper that records instead of waiting.
 * Implementations throw {@link InterruptedException} when the waiting thread is interrupted; callers restore the
 * interrupt flag and end the call.
 */
@FunctionalInterface
public interface Sleeper {

    /** Pauses the current thread for {@code duration}; a zero or negative duration returns at once. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The production sleeper: blocks the calling thread. This is the one place in core that really waits; it uses
     * {@link TimeUnit#sleep} and checks the interrupt flag first, so even a zero wait notices an interrupt.
     */
    static Sleeper system() {
        return duration -> {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted before sleeping");
            }
            if (duration.isNegative() || duration.isZero()) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(Durations.saturatedNanos(duration));
        };
    }
}
