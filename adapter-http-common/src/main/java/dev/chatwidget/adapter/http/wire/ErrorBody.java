package dev.chatwidget.adapter.http.wire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An error body as the service sends it, independent of its JSON quirks ({@code message} is a string or a list).
 *
 * @param statusCode the {@code statusCode} field (0 when absent); classification uses the HTTP status instead
 * @param messages   the message or messages, in order
 * @param error      the reason phrase, e.g. {@code Unprocessable Entity}
 */
public record ErrorBody(int statusCode, List<String> messages, Optional<String> error, Optional<String> traceId) {

    public ErrorBody {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        error = error == null ? Optional.empty() : error;
        traceId = traceId == null ? Optional.empty() : traceId;
    }

    /** Whether {@code message} travels as a list: always for 422 (as the service does), else when not exactly one. */
    public boolean messageIsList() {
        return statusCode == 422 || messages.size() != 1;
    }
}
