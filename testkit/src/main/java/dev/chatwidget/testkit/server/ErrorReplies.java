package dev.chatwidget.testkit.server;

import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.Violation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Error responses in the service's shape: {@code {"statusCode":..,"message":..,"error":..,"traceId":..}}, where a
 * 422's {@code message} is a list of messages.
 */
final class ErrorReplies {

    static final String INVALID_TOKEN = "Invalid token: access token is invalid";
    static final String MISSING_SCOPE = "The token is not authorized for this scope.";
    static final String FOREIGN_LOCATION = "The token does not have access to this location";

    private final Supplier<String> traceIds;

    ErrorReplies() {
        this(() -> UUID.randomUUID().toString());
    }

    ErrorReplies(Supplier<String> traceIds) {
        this.traceIds = traceIds;
    }

    Reply badRequest(String message) {
        return reply(400, new JsonString(message), "Bad Request");
    }

    Reply unauthorized(String message) {
        return reply(401, new JsonString(message), "Unauthorized");
    }

    Reply forbidden(String message) {
        return reply(403, new JsonString(message), "Forbidden");
    }

    Reply notFound(String message) {
        return reply(404, new JsonString(message), "Not Found");
    }

    Reply methodNotAllowed(List<String> allowed) {
        return reply(405, new JsonString("Method Not Allowed"), "Method Not Allowed")
                .withHeaders(Map.of("Allow", String.join(", ", allowed)));
    }

    Reply payloadTooLarge(String message) {
        return reply(413, new JsonString(message), "Payload Too Large");
    }

    Reply unprocessable(List<String> messages) {
        return reply(422, new JsonArray(messages.stream().<JsonValue>map(JsonString::new).toList()),
                "Unprocessable Entity");
    }

    Reply tooManyRequests(String message) {
        return reply(429, new JsonString(message), "Too Many Requests");
    }

    Reply internal(String message) {
        return reply(500, new JsonString(message), "Internal Server Error");
    }

    /** The response for an error the in-memory gateway decided. */
    Reply of(ChatWidgetError error) {
        if (error instanceof Invalid invalid) {
            List<String> messages = invalid.violations().stream().map(ErrorReplies::message).toList();
            return invalid.status() == 400 ? badRequest(String.join("; ", messages)) : unprocessable(messages);
        }
        if (error instanceof NotFound) {
            return notFound(error.message());
        }
        if (error instanceof Forbidden) {
            return forbidden(error.message());
        }
        if (error instanceof Unauthorized) {
            return unauthorized(error.message());
        }
        if (error instanceof ServerError server) {
            return reply(server.status(), new JsonString(server.message()), "Internal Server Error");
        }
        return internal("unexpected outcome: " + error.getClass().getSimpleName());
    }

    /** A violation as the service words it: {@code "<field> <rule>"}. */
    static String message(Violation violation) {
        return violation.field().map(f -> f + " " + violation.rule()).orElse(violation.rule());
    }

    private Reply reply(int status, JsonValue message, String error) {
        JsonObject body = JsonObject.builder()
                .put("statusCode", status)
                .put("message", message)
                .put("error", error)
                .put("traceId", traceIds.get())
                .build();
        return Reply.json(status, body.toJson());
    }
}
