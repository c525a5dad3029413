package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@link FileTokenStore}'s file layout: per location its tokens, their version and its refresh lease, as
 * {@code <location>.<field>} properties. Parse errors throw {@link IllegalArgumentException} without any value.
 */
final class TokenEntries {

    private static final String ACCESS = ".access_token";
    private static final String REFRESH = ".refresh_token";
    private static final String EXPIRES = ".expires_at";
    private static final String VERSION = ".version";
    private static final String LEASE_HOLDER = ".lease_holder";
    private static final String LEASE_UNTIL = ".lease_until";

    private TokenEntries() {
    }

    static Optional<VersionedTokens> tokens(Properties all, LocationId location) {
        String access = all.getProperty(location.value() + ACCESS);
        String refresh = all.getProperty(location.value() + REFRESH);
        String expires = all.getProperty(location.value() + EXPIRES);
        if (access == null && refresh == null && expires == null) {
            return Optional.empty();
        }
        try {
            StoredTokens tokens = new StoredTokens(new AccessToken(access), new RefreshToken(refresh),
                    Instant.parse(expires));
            // Files written before versions existed have none: they start at 0.
            return Optional.of(new VersionedTokens(tokens, Long.parseLong(
                    all.getProperty(location.value() + VERSION, "0"))));
        } catch (RuntimeException e) {
            // Never echo the values: they are secrets.
            throw new IllegalArgumentException("incomplete or unreadable entry for location " + location);
        }
    }

    static long version(Properties all, LocationId location) {
        return tokens(all, location).map(VersionedTokens::version).orElse(0L);
    }

    static VersionedTokens put(Properties all, LocationId location, StoredTokens tokens, long version) {
        all.setProperty(location.value() + ACCESS, tokens.accessToken().reveal());
        all.setProperty(location.value() + REFRESH, tokens.refreshToken().reveal());
        all.setProperty(location.value() + EXPIRES, tokens.expiresAt().toString());
        all.setProperty(location.value() + VERSION, Long.toString(version));
        return new VersionedTokens(tokens, version);
    }

    static Optional<LeaseTerm> lease(Properties all, LocationId location) {
        String holder = all.getProperty(location.value() + LEASE_HOLDER);
        String until = all.getProperty(location.value() + LEASE_UNTIL);
        if (holder == null || until == null) {
            return Optional.empty();
        }
        return Optional.of(new LeaseTerm(holder, Instant.parse(until)));
    }

    static void putLease(Properties all, LocationId location, LeaseTerm lease) {
        all.setProperty(location.value() + LEASE_HOLDER, lease.holder());
        all.setProperty(location.value() + LEASE_UNTIL, lease.until().toString());
    }

    static void removeLease(Properties all, LocationId location) {
        all.remove(location.value() + LEASE_HOLDER);
        all.remove(location.value() + LEASE_UNTIL);
    }
}
