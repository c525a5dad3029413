package dev.chatwidget.micrometer;

import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.Operation;
import io.micrometer.common.KeyValues;
import java.util.Locale;

/**
 * The tags every chat-widget observation and meter carries, all of low cardinality: never an id, location, token
 * or message.
 */
final class ChatWidgetTags {

    static final String OPERATION = "operation";
    static final String ADAPTER = "adapter";
    static final String OUTCOME = "outcome";
    static final String STATUS = "status";

    private ChatWidgetTags() {
    }

    /** Known before the call: {@code operation} (e.g. {@code list}) and {@code adapter}, as key-value pairs. */
    static String[] before(Operation operation, String adapter) {
        return new String[] {OPERATION, operation.name().toLowerCase(Locale.ROOT), ADAPTER, adapter};
    }

    /** Known after it: {@code outcome} (success, or the error's type) and {@code status} (2xx ... 5xx, or none). */
    static KeyValues after(CallResult<?> result) {
        return KeyValues.of(OUTCOME, outcome(result), STATUS, statusClass(result));
    }

    static String outcome(CallResult<?> result) {
        return result.outcome().fold(error -> error.getClass().getSimpleName(), value -> "success");
    }

    /** No response (I/O failure, a fake that speaks no HTTP) is {@code none}. */
    static String statusClass(CallResult<?> result) {
        return result.status().isPresent() ? (result.status().getAsInt() / 100) + "xx" : "none";
    }
}
