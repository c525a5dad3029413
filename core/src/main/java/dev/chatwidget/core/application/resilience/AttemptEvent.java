package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt of a call and what happens next. Carries no token: errors are secret-free by construction.
 *
 * @param attempt   1 for the first attempt, 2 for the first retry, ...
 * @param error     the failure, or empty when the attempt succeeded
 * @param decision  what the retrying gateway does next, and why
 * @param nextDelay the wait before the next attempt; present exactly when the decision is {@code RETRY}
 */
public record AttemptEvent(Operation operation, int attempt, Optional<ChatWidgetError> error, Decision decision,
                           Optional<Duration> nextDelay) {

    /** What follows an attempt. */
    public enum Decision {
        /** The attempt succeeded; the call returns its result. */
        SUCCEEDED,
        /** Another attempt follows after {@code nextDelay} (unless the thread is interrupted while waiting). */
        RETRY,
        /** The failure would happen again (or could duplicate a create); the call returns it. */
        NOT_RETRYABLE,
        /** The policy's attempts are used up; the call returns the last failure. */
        ATTEMPTS_EXHAUSTED,
        /** The wait before another attempt would cross the call's deadline; the call returns the last failure. */
        DEADLINE_WOULD_PASS,
        /** The calling thread was interrupted; the call returns the last failure. */
        INTERRUPTED
    }

    public AttemptEvent {
        Objects.requireNonNull(operation, "operation");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(nextDelay, "nextDelay");
        if (error.isEmpty() != (decision == Decision.SUCCEEDED)) {
            throw new IllegalArgumentException("decision must be SUCCEEDED exactly when there is no error");
        }
        if (nextDelay.isPresent() != (decision == Decision.RETRY)) {
            throw new IllegalArgumentException("nextDelay must be present exactly when the decision is RETRY");
        }
    }

    static AttemptEvent succeeded(Operation operation, int attempt) {
        return new AttemptEvent(operation, attempt, Optional.empty(), Decision.SUCCEEDED, Optional.empty());
    }

    static AttemptEvent failed(Operation operation, int attempt, ChatWidgetError error, Decision decision,
                               Optional<Duration> nextDelay) {
        return new AttemptEvent(operation, attempt, Optional.of(error), decision, nextDelay);
    }

    public boolean succeeded() {
        return decision == Decision.SUCCEEDED;
    }

    public boolean willRetry() {
        return decision == Decision.RETRY;
    }
}
