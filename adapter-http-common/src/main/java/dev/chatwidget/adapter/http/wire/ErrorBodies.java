package dev.chatwidget.adapter.http.wire;

import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.Violation;
import java.util.List;
import java.util.Optional;

/**
 * The error body a server sends for an error value, shaped like the service's. A violation travels as
 * {@code "<field> <rule>"} (e.g. {@code "name must not be blank"}), which the client's classification reads back
 * into the same field and rule.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static ErrorBody of(ChatWidgetError error) {
        int status = error.status() == 0 ? 500 : error.status();
        List<String> messages = error instanceof Invalid invalid
                ? invalid.violations().stream().map(ErrorBodies::message).toList()
                : List.of(error.message());
        return new ErrorBody(status, messages, Optional.of(reasonPhrase(status)), error.traceId());
    }

    /** How one violation reads in a {@code message} list. */
    public static String message(Violation violation) {
        return violation.field().map(f -> f + " " + violation.rule()).orElse(violation.rule());
    }

    /** The standard reason phrase, as the service puts it in {@code error}. */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : "Error";
        };
    }
}
