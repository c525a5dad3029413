package dev.chatwidget.testkit.fake;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import java.time.Duration;
import java.util.Optional;

/**
 * A scripted fault: for the next {@code remaining} calls (of one operation, or of any), wait {@code latency}, then
 * fail with {@code error} or, without one, go on to the fake as usual.
 */
record Fault(Optional<Operation> operation, Duration latency, Optional<ChatWidgetError> error) {

    boolean matches(Operation candidate) {
        return operation.map(candidate::equals).orElse(true);
    }
}
