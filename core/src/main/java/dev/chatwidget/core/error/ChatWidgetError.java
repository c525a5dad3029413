package dev.chatwidget.core.error;

import java.util.Optional;

/**
 * Everything that can go wrong with a call, as values: each variant carries what a caller needs to act, and the
 * service's {@code traceId} when one was sent. Never contains a token.
 */
public sealed interface ChatWidgetError
        permits Invalid, Unauthorized, Forbidden, NotFound, RateLimited, ServerError, TransportFailure,
        UnexpectedResponse {

    /** A human-readable, secret-free description. */
    String message();

    /** The trace id the service sent with the error, if any. */
    Optional<String> traceId();

    /** The HTTP status this error stands for (0 when no response was received). */
    int status();
}
