package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.UnexpectedResponse;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

/** Decodes a 2xx body into a domain value; anything else becomes an {@link UnexpectedResponse}, never a throw. */
final class ResponseDecoding {

    private ResponseDecoding() {
    }

    static <D, T> Either<ChatWidgetError, T> decode(byte[] body, ObjectReader reader, Function<D, T> toDomain) {
        byte[] bytes = body == null ? new byte[0] : body;
        return decode(new ByteArrayInputStream(bytes), bytes, reader, toDomain);
    }

    /**
     * Decodes from the stream as it arrives (no copy of the body); an error quotes {@code excerpt}, the part of the
     * body its caller kept for that (possibly none).
     */
    static <D, T> Either<ChatWidgetError, T> decode(InputStream body, byte[] excerpt, ObjectReader reader,
                                                    Function<D, T> toDomain) {
        byte[] bytes = excerpt;
        D dto;
        try {
            dto = reader.readValue(body);
        } catch (IOException e) {
            return Either.left(unexpected(describe(e), bytes));
        }
        if (dto == null) {
            return Either.left(unexpected("the body is JSON null", bytes));
        }
        try {
            T value = toDomain.apply(dto);
            return value == null
                    ? Either.left(unexpected("the body holds no value", bytes))
                    : Either.right(value);
        } catch (UncheckedJson e) {
            return Either.left(unexpected(describe(e.getCause()), bytes));
        } catch (RuntimeException e) {
            return Either.left(unexpected("the body does not match the expected shape: " + e.getMessage(), bytes));
        }
    }

    /** Reads a subtree inside a decoding function. */
    static <D> D read(ObjectReader reader, JsonNode node) {
        try {
            return reader.readValue(node);
        } catch (IOException e) {
            throw new UncheckedJson(e);
        }
    }

    /** A secret-free description: Jackson's position, never the text it choked on. */
    static String describe(IOException e) {
        if (e instanceof StreamReadException read) {
            String where = read.getLocation() == null ? ""
                    : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
            return (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? "unexpected JSON at '" + path(mapping) + "'"
                    : "malformed or truncated JSON") + where;
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping.getPath().isEmpty() ? "unexpected JSON shape" : "unexpected JSON at '" + path(mapping) + "'";
        }
        if (e instanceof JsonProcessingException) {
            return "malformed JSON";
        }
        return "unreadable body: " + e.getClass().getSimpleName();
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static UnexpectedResponse unexpected(String why, byte[] body) {
        return new UnexpectedResponse(200, "unexpected response body: " + why, Excerpts.of(body), Optional.empty());
    }

    /** Carries a Jackson failure out of a mapping function. */
    static final class UncheckedJson extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedJson(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
