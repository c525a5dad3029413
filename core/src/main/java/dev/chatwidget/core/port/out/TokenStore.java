package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each location's OAuth tokens, so the refresh token (which rotates on every use) survives a restart.
 * Implementations must be safe for concurrent use and must never log or print a token.
 *
 * <p>A store shared by several processes (instances of one app) also grants per-location refresh leases and
 * saves compare-and-set on a version, so that only one instance refreshes at a time and a slow one never
 * overwrites newer tokens: a {@link SharedTokenStore}, as the redis, jdbc, file and in-memory stores are. The
 * defaults here serve a store used by one process only (where the provider's own single flight is enough): the
 * lease is always granted and a versioned save is a plain save.
 */
public interface TokenStore {

    /** The tokens last saved for {@code location}, or empty if none were. */
    Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location);

    /**
     * Replaces the tokens of {@code location} whatever is stored (e.g. a fresh install's); returns them once they
     * are durably kept.
     */
    Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens);

    /** The tokens last saved for {@code location} with their version, or empty if none were. */
    default Either<ChatWidgetError, Optional<VersionedTokens>> loadVersioned(LocationId location) {
        return load(location).map(found -> found.map(tokens -> new VersionedTokens(tokens, 0)));
    }

    /**
     * Saves {@code tokens} only if the stored version is still {@code expected}: the new version when saved,
     * empty when another save came first (the caller should re-read, not overwrite).
     */
    default Either<ChatWidgetError, Optional<VersionedTokens>> saveIfVersion(LocationId location, long expected,
                                                                             StoredTokens tokens) {
        return save(location, tokens).map(saved -> Optional.of(new VersionedTokens(saved, expected + 1)));
    }

    /**
     * Grants the refresh lease of {@code location} for {@code ttl} from {@code now} (the caller's clock; a store
     * with a clock of its own, like Redis, may use that instead) if nobody holds it or the holder's lease ran out;
     * empty while another holder has it.
     */
    default Either<ChatWidgetError, Optional<RefreshLease>> tryLease(LocationId location, Instant now,
                                                                     Duration ttl) {
        return Either.right(Optional.of(new RefreshLease(location, "this-process")));
    }

    /** Gives the lease back early; does nothing if it already ran out or went to another holder. */
    default Either<ChatWidgetError, Boolean> release(RefreshLease lease) {
        return Either.right(true);
    }
}
