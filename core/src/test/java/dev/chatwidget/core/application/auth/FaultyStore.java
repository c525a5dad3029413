package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An in-memory store (versions and leases included) whose operations the test can make fail with {@link #DOWN},
 * or whose versioned reads it can make find nothing (the tokens deleted under the reader).
 */
final class FaultyStore implements TokenStore {

    static final TransportFailure DOWN = TransportFailure.of("token store down", false);

    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    volatile boolean loadDown;
    volatile boolean readDown;
    volatile boolean readsNothing;
    volatile boolean saveDown;
    volatile boolean leaseDown;

    @Override
    public Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
        return loadDown ? Either.left(DOWN) : tokens.load(location);
    }

    @Override
    public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens stored) {
        return tokens.save(location, stored);
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> loadVersioned(LocationId location) {
        if (readDown) {
            return Either.left(DOWN);
        }
        return readsNothing ? Either.right(Optional.empty()) : tokens.loadVersioned(location);
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> saveIfVersion(LocationId location, long expected,
                                                                            StoredTokens stored) {
        return saveDown ? Either.left(DOWN) : tokens.saveIfVersion(location, expected, stored);
    }

    @Override
    public Either<ChatWidgetError, Optional<RefreshLease>> tryLease(LocationId location, Instant now,
                                                                     Duration ttl) {
        return leaseDown ? Either.left(DOWN) : tokens.tryLease(location, now, ttl);
    }

    @Override
    public Either<ChatWidgetError, Boolean> release(RefreshLease lease) {
        return tokens.release(lease);
    }
}
