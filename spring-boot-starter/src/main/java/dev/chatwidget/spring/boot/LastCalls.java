package dev.chatwidget.spring.boot;

import dev.chatwidget.core.application.resilience.AttemptEvent;
import dev.chatwidget.core.application.resilience.RetryListener;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers how the latest call ended (its last attempt: succeeded, or failed and not retried), for the health
 * check. Keeps the operation and the error's type only: no ids, locations or tokens.
 */
public final class LastCalls implements RetryListener {

    /** How a call ended. */
    public record LastCall(String operation, String outcome, int attempts, Instant at) {
    }

    private final Clock clock;
    private final AtomicReference<LastCall> last = new AtomicReference<>();

    public LastCalls(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void onAttempt(AttemptEvent event) {
        if (!event.willRetry()) {
            String outcome = event.error().map(e -> e.getClass().getSimpleName()).orElse("success");
            last.set(new LastCall(event.operation().name(), outcome, event.attempt(), clock.instant()));
        }
    }

    /** The latest call's end, if any call ended yet. */
    public Optional<LastCall> last() {
        return Optional.ofNullable(last.get());
    }
}
