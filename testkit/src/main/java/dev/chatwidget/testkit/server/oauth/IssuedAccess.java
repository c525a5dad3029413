package dev.chatwidget.testkit.server.oauth;

import dev.chatwidget.core.domain.LocationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What a live access token issued by {@link FakeOAuth} may reach: its location and scopes, until it expires. */
public record IssuedAccess(LocationId location, Set<String> scopes, Instant expiresAt) {

    public IssuedAccess {
        Objects.requireNonNull(location, "location");
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
