package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.SharedTokenStore;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A token store that forgets on restart: for tests, and for processes that are seeded with fresh tokens. Shared
 * by the providers of one JVM, it grants refresh leases and versioned saves like the shared stores do.
 */
public final class InMemoryTokenStore implements SharedTokenStore {

    private final Map<LocationId, VersionedTokens> tokens = new HashMap<>();
    private final Map<LocationId, LeaseTerm> leases = new HashMap<>();

    @Override
    public synchronized Either<ChatWidgetError, Optional<VersionedTokens>> loadVersioned(LocationId location) {
        return Either.right(Optional.ofNullable(tokens.get(Objects.requireNonNull(location, "location"))));
    }

    @Override
    public synchronized Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens stored) {
        Objects.requireNonNull(stored, "tokens");
        tokens.put(Objects.requireNonNull(location, "location"), new VersionedTokens(stored, version(location) + 1));
        return Either.right(stored);
    }

    @Override
    public synchronized Either<ChatWidgetError, Optional<VersionedTokens>> saveIfVersion(
            LocationId location, long expected, StoredTokens stored) {
        Objects.requireNonNull(stored, "tokens");
        if (version(Objects.requireNonNull(location, "location")) != expected) {
            return Either.right(Optional.empty());
        }
        VersionedTokens saved = new VersionedTokens(stored, expected + 1);
        tokens.put(location, saved);
        return Either.right(Optional.of(saved));
    }

    @Override
    public synchronized Either<ChatWidgetError, Optional<RefreshLease>> tryLease(LocationId location, Instant now,
                                                                                  Duration ttl) {
        Objects.requireNonNull(location, "location");
        LeaseTerm current = leases.get(location);
        if (current != null && current.heldAt(now)) {
            return Either.right(Optional.empty());
        }
        LeaseTerm mine = new LeaseTerm(LeaseHolders.next(), now.plus(ttl));
        leases.put(location, mine);
        return Either.right(Optional.of(new RefreshLease(location, mine.holder())));
    }

    @Override
    public synchronized Either<ChatWidgetError, Boolean> release(RefreshLease lease) {
        LeaseTerm current = leases.get(lease.location());
        boolean mine = current != null && current.holder().equals(lease.holder());
        if (mine) {
            leases.remove(lease.location());
        }
        return Either.right(mine);
    }

    @Override
    public synchronized String toString() {
        return "InMemoryTokenStore[" + tokens.size() + " locations]";
    }

    private long version(LocationId location) {
        VersionedTokens current = tokens.get(location);
        return current == null ? 0 : current.version();
    }
}
