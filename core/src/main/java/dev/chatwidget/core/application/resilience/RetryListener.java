package dev.chatwidget.core.application.resilience;

/**
 * Told about every attempt a {@link RetryingGateway} makes, as it ends (for logging or metrics). Called on the
 * caller's thread; what it throws reaches the caller, so it should not throw.
 */
@FunctionalInterface
public interface RetryListener {

    /** A listener that ignores every event. */
    RetryListener NONE = event -> { };

    void onAttempt(AttemptEvent event);
}
