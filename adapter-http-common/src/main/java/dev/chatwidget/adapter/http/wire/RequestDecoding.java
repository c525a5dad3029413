package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.Violation;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decodes a request body for a server: not JSON (or not an object) is a 400; a value of the wrong type, or one
 * the domain refuses, is a 422 naming the field. Rules that need more than the body (rule 5 and on) are the
 * core's, checked after decoding.
 */
final class RequestDecoding {

    private RequestDecoding() {
    }

    static <D, T> Either<Invalid, T> decode(byte[] body, ObjectReader reader, Function<D, T> toDomain) {
        if (body == null || body.length == 0) {
            return Either.left(badRequest("the request body is empty"));
        }
        D dto;
        try {
            dto = reader.readValue(body);
        } catch (JsonMappingException e) {
            if (e.getPath().isEmpty()) {
                return Either.left(badRequest("the request body must be a JSON object"));
            }
            return Either.left(unprocessable(Violation.of(ResponseDecoding.path(e), "has the wrong type")));
        } catch (IOException e) {
            // A byte array has no I/O to fail: what is left is the parser refusing the text or its encoding.
            return Either.left(badRequest("the request body is not valid JSON"));
        }
        if (dto == null) {
            return Either.left(badRequest("the request body must be a JSON object"));
        }
        try {
            return Either.right(toDomain.apply(dto));
        } catch (MissingField e) {
            return Either.left(unprocessable(Violation.of(e.field, "is required")));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Either.left(unprocessable(violation(String.valueOf(e.getMessage()))));
        }
    }

    static void require(String field, Object value) {
        if (value == null) {
            throw new MissingField(field);
        }
    }

    /** Domain constructors say "locationId must not be blank": the first word is the field. */
    private static Violation violation(String message) {
        int space = message.indexOf(' ');
        if (space <= 0) {
            return Violation.unattributed(message);
        }
        String field = message.substring(0, space);
        String wire = switch (field) {
            case "widgetId", "sourceId" -> "chatWidgetId";
            default -> field;
        };
        return Violation.of(wire, message.substring(space + 1));
    }

    private static Invalid badRequest(String message) {
        return new Invalid(400, List.of(Violation.unattributed(message)), Optional.empty());
    }

    private static Invalid unprocessable(Violation violation) {
        return new Invalid(422, List.of(violation), Optional.empty());
    }

    private static final class MissingField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        MissingField(String field) {
            super(field + " is required", null, false, false);
            this.field = field;
        }
    }
}
