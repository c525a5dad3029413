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
 * A {@link TokenStore} that instances of one app can share: it keeps a version with each location's tokens, saves
 * compare-and-set on it and grants refresh leases, so none of {@link TokenStore}'s single-process defaults applies
 * and {@link #load} is {@link #loadVersioned} without the version. The redis, jdbc, file and in-memory stores are
 * shared stores; so is a store of your own that implements this.
 */
public interface SharedTokenStore extends TokenStore {

    @Override
    Either<ChatWidgetError, Optional<VersionedTokens>> loadVersioned(LocationId location);

    @Override
    Either<ChatWidgetError, Optional<VersionedTokens>> saveIfVersion(LocationId location, long expected,
                                                                     StoredTokens tokens);

    @Override
    Either<ChatWidgetError, Optional<RefreshLease>> tryLease(LocationId location, Instant now, Duration ttl);

    @Override
    Either<ChatWidgetError, Boolean> release(RefreshLease lease);

    @Override
    default Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
        return loadVersioned(location).map(found -> found.map(VersionedTokens::tokens));
    }
}
