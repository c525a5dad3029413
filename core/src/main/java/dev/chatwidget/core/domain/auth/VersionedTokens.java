package dev.chatwidget.core.domain.auth;

import java.util.Objects;

/**
 * A location's stored tokens with the store's version of them: every save makes a higher version, and
 * {@code TokenStore.saveIfVersion} saves only over the version it names, so a stale instance never overwrites a
 * newer refresh token. Its {@code toString()} shows no token.
 */
public record VersionedTokens(StoredTokens tokens, long version) {

    public VersionedTokens {
        Objects.requireNonNull(tokens, "tokens");
    }
}
