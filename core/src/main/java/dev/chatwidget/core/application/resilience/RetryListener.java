package dev.chatwidget.core.application.resilience;

/**
 * Told about every attempt of a call as it ends (for logging or metrics), the immediate re-send after a
 * credentials refresh included. Called on the thread running the call; what it throws is logged and ignored, so
 * a faulty listener never changes a call's outcome.
 */
@FunctionalInterface
public interface RetryListener {

    /** A listener that ignores every event. */
    RetryListener NONE = event -> { };

    void onAttempt(AttemptEvent event);
}
