package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/** An in-memory store that writes what happens to a shared event list, and can be told to fail saves. */
final class RecordingStore implements TokenStore {

    private final InMemoryTokenStore tokens = new InMemoryTokenStore();
    private final List<String> events;
    private volatile boolean failSaves;

    RecordingStore(List<String> events) {
        this.events = events;
    }

    void failSaves(boolean fail) {
        this.failSaves = fail;
    }

    @Override
    public Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
        events.add("load " + location);
        return tokens.load(location);
    }

    @Override
    public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens stored) {
        if (failSaves) {
            events.add("save failed " + location);
            return Either.left(TransportFailure.of("disk full", false));
        }
        events.add("save " + location + " " + stored.accessToken().reveal() + " " + stored.refreshToken().reveal());
        return tokens.save(location, stored);
    }
}
