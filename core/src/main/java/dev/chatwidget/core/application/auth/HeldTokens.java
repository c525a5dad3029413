package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import java.time.Duration;
import java.time.Instant;

/** Saved tokens the provider may hand out, and the moment it should stop doing so and refresh instead. */
record HeldTokens(StoredTokens tokens, Instant refreshAt) {

    /** Tokens read from the store: their lifetime is unknown, so refresh {@code ahead} of expiry. */
    static HeldTokens loaded(StoredTokens tokens, Duration ahead) {
        return new HeldTokens(tokens, tokens.expiresAt().minus(ahead));
    }

    /**
     * Tokens just granted: refresh {@code ahead} of expiry, but never in the first half of their life, so a short
     * lifetime (as a test server may grant) does not turn every call into a refresh.
     */
    static HeldTokens granted(TokenGrant grant, Instant requestedAt, Duration ahead) {
        Duration half = grant.expiresIn().dividedBy(2);
        Duration lead = ahead.compareTo(half) > 0 ? half : ahead;
        StoredTokens tokens = StoredTokens.of(grant, requestedAt);
        return new HeldTokens(tokens, tokens.expiresAt().minus(lead));
    }

    boolean freshAt(Instant now) {
        return now.isBefore(refreshAt);
    }
}
