package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One location's token state, and the single-flight rule: at most one renewal (load, refresh, save) runs at a
 * time per location, and every caller that finds the tokens stale meanwhile waits for that renewal's outcome
 * instead of starting its own. The refresh token rotates on every use, so a second concurrent refresh with the
 * same token would fail and could lock the app out.
 */
final class LocationTokens {

    private static final int ATTEMPTS = 3;

    /** Saved tokens, safe to hand out; null until loaded, and after the refresh token was rejected. */
    volatile @Nullable HeldTokens current;
    /** Granted tokens whose save failed: the next renewal saves them instead of spending their refresh token. */
    volatile @Nullable HeldTokens unsaved;
    /** The store version {@link #unsaved} replaces (saved compare-and-set over it). */
    volatile long unsavedOver;
    /** A refresh token the endpoint refused: never sent again, so a dead app does not hammer the endpoint. */
    volatile @Nullable RefreshToken rejected;

    private final AtomicReference<CompletableFuture<Either<ChatWidgetError, HeldTokens>>> flight =
            new AtomicReference<>();

    /**
     * The current tokens if {@code stale} does not hold for them, else the outcome of a renewal: this caller's
     * own {@code renew}, or the one already in flight.
     */
    Either<ChatWidgetError, HeldTokens> current(Predicate<HeldTokens> stale,
                                                Supplier<Either<ChatWidgetError, HeldTokens>> renew) {
        Either<ChatWidgetError, HeldTokens> outcome = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            HeldTokens held = current;
            if (held != null && !stale.test(held)) {
                return Either.right(held);
            }
            outcome = renewOnce(stale, renew);
            if (outcome.isLeft() || !stale.test(outcome.get())) {
                return outcome;
            }
            // We waited for a renewal started for another reason whose result does not satisfy us: go again.
        }
        return outcome;
    }

    private Either<ChatWidgetError, HeldTokens> renewOnce(Predicate<HeldTokens> stale,
                                                         Supplier<Either<ChatWidgetError, HeldTokens>> renew) {
        CompletableFuture<Either<ChatWidgetError, HeldTokens>> mine = new CompletableFuture<>();
        CompletableFuture<Either<ChatWidgetError, HeldTokens>> running = flight.compareAndExchange(null, mine);
        if (running != null) {
            return running.join();
        }
        Either<ChatWidgetError, HeldTokens> outcome;
        try {
            // Another renewal may have finished between our look at `current` and taking the flight.
            HeldTokens held = current;
            outcome = held != null && !stale.test(held) ? Either.right(held) : renew.get();
        } catch (RuntimeException e) {
            // A refresher or store that throws: waiters and this caller get a typed error, never an exception.
            outcome = Either.left(TokenErrors.crashed(e));
        } catch (Error e) {
            flight.set(null);
            mine.complete(Either.left(TokenErrors.crashed(e)));
            throw e;
        }
        flight.set(null);
        mine.complete(outcome);
        return outcome;
    }
}
