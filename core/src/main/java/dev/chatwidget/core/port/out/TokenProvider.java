package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.util.Optional;

/** Supplies the bearer token for a call. Implementations must never log or print the token. */
public interface TokenProvider {

    /**
     * The token to send for a call concerning {@code location} (empty for calls that concern no location).
     */
    Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location);

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
