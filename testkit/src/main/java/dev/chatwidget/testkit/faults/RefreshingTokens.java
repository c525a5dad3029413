package dev.chatwidget.testkit.faults;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Hands out one token until the service rejects it, then the next one (as an OAuth provider after a refresh). */
final class RefreshingTokens implements TokenProvider {

    private final AtomicReference<AccessToken> current;
    private final AccessToken next;

    RefreshingTokens(String first, String next) {
        this.current = new AtomicReference<>(new AccessToken(first));
        this.next = new AccessToken(next);
    }

    @Override
    public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
        return Either.right(current.get());
    }

    @Override
    public boolean onUnauthorized(Optional<LocationId> location, AccessToken rejected) {
        return current.compareAndSet(rejected, next);
    }
}
