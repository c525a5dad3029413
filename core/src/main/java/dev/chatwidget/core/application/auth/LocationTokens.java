package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.Durations;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One location's token state, and the single-flight rule: at most one renewal (load, refresh, save) runs at a
 * time per location, and every caller that finds the tokens stale meanwhile waits for that renewal's outcome
 * instead of starting its own. The refresh token rotates on every use, so a second concurrent refresh with the
 * same token would fail and could lock the app out. No caller waits for a renewal longer than it said it can.
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

    private final LocationId location;
    private final AtomicReference<CompletableFuture<Either<ChatWidgetError, HeldTokens>>> flight =
            new AtomicReference<>();

    private final Clock clock;

    LocationTokens(LocationId location, Clock clock) {
        this.location = location;
        this.clock = clock;
    }

    private Instant deadlineAfter(Duration wait) {
        try {
            return clock.instant().plus(wait);
        } catch (DateTimeException | ArithmeticException beyondTime) {
            return Instant.MAX;
        }
    }

    private Duration remainingUntil(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * The current tokens if {@code stale} does not hold for them, else the outcome of a renewal: this caller's
     * own {@code renew} (told how long its caller can still wait), or the one already in flight, waited for at
     * most {@code maxWait} in all.
     */
    Either<ChatWidgetError, HeldTokens> current(Predicate<HeldTokens> stale,
                                                Function<Duration, Either<ChatWidgetError, HeldTokens>> renew,
                                                Duration maxWait) {
        Instant deadline = deadlineAfter(maxWait);
        Either<ChatWidgetError, HeldTokens> outcome = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            HeldTokens held = current;
            if (held != null && !stale.test(held)) {
                return Either.right(held);
            }
            outcome = renewOnce(stale, renew, remainingUntil(deadline), maxWait);
            if (outcome.isLeft() || !stale.test(outcome.get())) {
                return outcome;
            }
            // We waited for a renewal started for another reason whose result does not satisfy us: go again.
        }
        return outcome;
    }

    private Either<ChatWidgetError, HeldTokens> renewOnce(Predicate<HeldTokens> stale,
                                                         Function<Duration, Either<ChatWidgetError, HeldTokens>> renew,
                                                         Duration left, Duration maxWait) {
        CompletableFuture<Either<ChatWidgetError, HeldTokens>> mine = new CompletableFuture<>();
        CompletableFuture<Either<ChatWidgetError, HeldTokens>> running = flight.compareAndExchange(null, mine);
        if (running != null) {
            return await(running, left, maxWait);
        }
        Either<ChatWidgetError, HeldTokens> outcome;
        try {
            // Another renewal may have finished between our look at `current` and taking the flight.
            HeldTokens held = current;
            outcome = held != null && !stale.test(held) ? Either.right(held) : renew.apply(left);
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

    /** Another caller's renewal, waited for no longer than this caller can; it goes on for the others. */
    private Either<ChatWidgetError, HeldTokens> await(CompletableFuture<Either<ChatWidgetError, HeldTokens>> running,
                                                      Duration left, Duration maxWait) {
        try {
            return running.get(Durations.saturatedNanos(left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return Either.left(TokenErrors.renewalWaitTimedOut(location, maxWait));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Either.left(TokenErrors.interrupted(location));
        } catch (ExecutionException e) {
            // Not reached: renewals complete their future normally; a typed error all the same.
            return Either.left(TokenErrors.crashed(e.getCause() == null ? e : e.getCause()));
        }
    }
}
