package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A token store that forgets on restart: for tests, and for processes that are seeded with fresh tokens. */
public final class InMemoryTokenStore implements TokenStore {

    private final ConcurrentMap<LocationId, StoredTokens> tokens = new ConcurrentHashMap<>();

    @Override
    public Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
        return Either.right(Optional.ofNullable(tokens.get(Objects.requireNonNull(location, "location"))));
    }

    @Override
    public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens stored) {
        tokens.put(Objects.requireNonNull(location, "location"), Objects.requireNonNull(stored, "tokens"));
        return Either.right(stored);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[" + tokens.size() + " locations]";
    }
}
