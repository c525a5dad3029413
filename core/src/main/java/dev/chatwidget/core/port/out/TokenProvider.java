package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Optional;

/** Supplies the bearer token for a call. Implementations must never log or print the token. */
public interface TokenProvider {

    /**
     * The token to send for a call concerning {@code location} (empty for calls that concern no location).
     */
    Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location);

    /**
     * As {@link #token(Optional)}, for a caller that can wait at most {@code maxWait} (what is left of its attempt):
     * a provider that may have to wait for a token (a refresh in flight here or in another instance) gives up when
     * that time has passed, with an error saying the request was not sent. The pipeline's auth step calls this one.
     */
    default Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location, Duration maxWait) {
        return token(location);
    }

    /**
     * Called when the service rejected {@code rejected} with 401: a provider that can refresh does so (once) and
     * returns true if the call is worth retrying with a new token.
     */
    default boolean onUnauthorized(Optional<LocationId> location, AccessToken rejected) {
        return false;
    }

    /** A provider that always returns the same token (private integration tokens). */
    static TokenProvider fixed(String token) {
        AccessToken accessToken = new AccessToken(token);
        return location -> Either.right(accessToken);
    }
}
