package dev.chatwidget.core.call;

import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What comes back up the chain: the outcome and what the outer steps need to know about how it came about, so no
 * inner step has to call back into an outer one.
 *
 * @param outcome              the error or the value
 * @param status               the HTTP status, when a response was received
 * @param reportedLimits       the rate limits the service reported with the response, if it did
 * @param credentialsRefreshed the adapter refreshed the credentials after a 401, so sending the same request again
 *                             at once may succeed (the retry step does so, once per call)
 * @param <R>                  the value a successful call produces
 */
public record CallResult<R>(Either<ChatWidgetError, R> outcome, OptionalInt status,
        Optional<RateLimits> reportedLimits, boolean credentialsRefreshed) {

    /** The statuses most calls end with, so answering them allocates no {@link OptionalInt}. */
    private static final OptionalInt OK = OptionalInt.of(200);
    private static final OptionalInt CREATED = OptionalInt.of(201);
    private static final OptionalInt NO_CONTENT = OptionalInt.of(204);

    public CallResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportedLimits, "reportedLimits");
        Objects.requireNonNull(outcome.isLeft() ? outcome.getLeft() : outcome.get(), "outcome's value");
    }

    /** A result with nothing known beyond its outcome. */
    public static <R> CallResult<R> of(Either<ChatWidgetError, R> outcome) {
        return new CallResult<>(outcome, OptionalInt.empty(), Optional.empty(), false);
    }

    /** What a service answered: the outcome, the HTTP status and the rate limits it reported, built at once. */
    public static <R> CallResult<R> answered(Either<ChatWidgetError, R> outcome, int status, RateLimits limits) {
        return new CallResult<>(outcome, statusOf(status), Optional.of(limits), false);
    }

    /** A successful result. */
    public static <R> CallResult<R> success(R value) {
        return of(Either.right(value));
    }

    /** A failed result. */
    public static <R> CallResult<R> failure(ChatWidgetError error) {
        return of(Either.left(error));
    }

    /** This result, received with HTTP status {@code code}. */
    public CallResult<R> withStatus(int code) {
        return new CallResult<>(outcome, statusOf(code), reportedLimits, credentialsRefreshed);
    }

    /** This result, with the rate limits the service reported. */
    public CallResult<R> withReportedLimits(RateLimits limits) {
        return new CallResult<>(outcome, status, Optional.of(limits), credentialsRefreshed);
    }

    /** This result, marked as coming after a credentials refresh (see {@link #credentialsRefreshed()}). */
    public CallResult<R> withCredentialsRefreshed() {
        return new CallResult<>(outcome, status, reportedLimits, true);
    }

    private static OptionalInt statusOf(int code) {
        return switch (code) {
            case 200 -> OK;
            case 201 -> CREATED;
            case 204 -> NO_CONTENT;
            default -> OptionalInt.of(code);
        };
    }

    /** Whether the call succeeded. */
    public boolean succeeded() {
        return outcome.isRight();
    }
}
