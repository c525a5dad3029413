package dev.chatwidget.testkit.server;

import dev.chatwidget.adapter.http.wire.ErrorBodies;
import dev.chatwidget.adapter.http.wire.ErrorBody;
import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.error.ChatWidgetError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Error responses in the service's shape, written by the shared codec:
 * {@code {"statusCode":..,"message":..,"error":..,"traceId":..}}, where a 422's {@code message} is a list.
 */
final class ErrorReplies {

    static final String INVALID_TOKEN = "Invalid token: access token is invalid";
    static final String MISSING_SCOPE = "The token is not authorized for this scope.";
    static final String FOREIGN_LOCATION = "The token does not have access to this location";

    private final WireCodec codec;
    private final Supplier<String> traceIds;

    ErrorReplies(WireCodec codec) {
        this(codec, () -> UUID.randomUUID().toString());
    }

    ErrorReplies(WireCodec codec, Supplier<String> traceIds) {
        this.codec = codec;
        this.traceIds = traceIds;
    }

    Reply badRequest(String message) {
        return reply(400, List.of(message));
    }

    Reply unauthorized(String message) {
        return reply(401, List.of(message));
    }

    Reply forbidden(String message) {
        return reply(403, List.of(message));
    }

    Reply notFound(String message) {
        return reply(404, List.of(message));
    }

    Reply methodNotAllowed(List<String> allowed) {
        return reply(405, List.of("Method Not Allowed")).withHeaders(Map.of("Allow", String.join(", ", allowed)));
    }

    Reply payloadTooLarge(String message) {
        return reply(413, List.of(message));
    }

    Reply unprocessable(List<String> messages) {
        return reply(422, messages);
    }

    Reply tooManyRequests(String message) {
        return reply(429, List.of(message));
    }

    Reply internal(String message) {
        return reply(500, List.of(message));
    }

    /** The response for an error value (decided by the gateway, or by the codec while decoding a body). */
    Reply of(ChatWidgetError error) {
        ErrorBody body = ErrorBodies.of(error);
        return reply(body.statusCode(), body.messages());
    }

    private Reply reply(int status, List<String> messages) {
        ErrorBody body = new ErrorBody(status, messages, Optional.of(ErrorBodies.reasonPhrase(status)),
                Optional.of(traceIds.get()));
        return Reply.json(status, codec.encodeError(body));
    }
}
