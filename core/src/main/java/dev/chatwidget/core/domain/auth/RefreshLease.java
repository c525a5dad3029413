package dev.chatwidget.core.domain.auth;

import dev.chatwidget.core.domain.LocationId;
import java.util.Objects;

/**
 * The exclusive right, for a short time, to refresh one location's tokens: granted by a shared
 * {@code TokenStore} to one holder at a time, so only one instance of the app spends the refresh token. The
 * {@code holder} is a random id naming this grant (not a secret); releasing checks it, so a holder whose lease
 * expired never releases the next holder's.
 */
public record RefreshLease(LocationId location, String holder) {

    public RefreshLease {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(holder, "holder");
        if (holder.isBlank()) {
            throw new IllegalArgumentException("holder must not be blank");
        }
    }
}
