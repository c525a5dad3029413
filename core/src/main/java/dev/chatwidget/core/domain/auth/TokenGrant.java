package dev.chatwidget.core.domain.auth;

import dev.chatwidget.core.domain.LocationId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the token endpoint granted: a new access token, the rotated refresh token (the old one is now spent), how
 * long the access token lives, and the location it is for when the endpoint says so. Its {@code toString()}
 * shows neither token.
 */
public record TokenGrant(AccessToken accessToken, RefreshToken refreshToken, Duration expiresIn,
                         Optional<LocationId> locationId) {

    public TokenGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
        if (expiresIn.isNegative() || expiresIn.isZero()) {
            throw new IllegalArgumentException("expiresIn must be positive");
        }
        locationId = locationId == null ? Optional.empty() : locationId;
    }
}
