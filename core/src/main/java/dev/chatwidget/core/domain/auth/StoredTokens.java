package dev.chatwidget.core.domain.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * The tokens kept for one location: the access token, the refresh token that will get the next one, and when the
 * access token expires. Its {@code toString()} shows neither token.
 */
public record StoredTokens(AccessToken accessToken, RefreshToken refreshToken, Instant expiresAt) {

    public StoredTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The tokens of {@code grant}, received at {@code receivedAt}. */
    public static StoredTokens of(TokenGrant grant, Instant receivedAt) {
        return new StoredTokens(grant.accessToken(), grant.refreshToken(), receivedAt.plus(grant.expiresIn()));
    }
}
