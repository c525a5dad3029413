package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The refresh shared by every instance using one {@link TokenStore}: the instance that gets the location's lease
 * refreshes and saves compare-and-set; the others poll the store (within {@code leaseWait}, or the caller's bound
 * when nearer) and adopt what the holder saved. Runs inside the provider's per-location single flight, so one thread per process does this.
 */
final class SharedRefresh {

    /** How often a waiting instance looks for the holder's save. */
    static final Duration POLL = Duration.ofMillis(20);

    private final TokenRefresher refresher;
    private final ClientCredentials credentials;
    private final UserType userType;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshAhead;
    private final Duration leaseTimeout;
    private final Duration leaseWait;
    private final Sleeper sleeper;

    SharedRefresh(TokenRefresher refresher, ClientCredentials credentials, UserType userType, TokenStore store,
                  Clock clock, Duration refreshAhead, Duration leaseTimeout, Duration leaseWait, Sleeper sleeper) {
        this.refresher = refresher;
        this.credentials = credentials;
        this.userType = userType;
        this.store = store;
        this.clock = clock;
        this.refreshAhead = refreshAhead;
        this.leaseTimeout = leaseTimeout;
        this.leaseWait = leaseWait;
        this.sleeper = sleeper;
    }

    /** Fresh tokens for {@code location} whose {@code held} ones are stale: someone else's, or refreshed here. */
    Either<ChatWidgetError, HeldTokens> refresh(LocationId location, LocationTokens state, HeldTokens held,
                                                Duration maxWait) {
        // The caller's own bound, when it is nearer than the lease wait, ends the wait for another instance.
        Duration wait = maxWait.compareTo(leaseWait) < 0 ? maxWait : leaseWait;
        long polls = Math.max(1, wait.toMillis() / POLL.toMillis());
        for (long poll = 0; ; poll++) {
            Either<ChatWidgetError, Optional<RefreshLease>> lease =
                    store.tryLease(location, clock.instant(), leaseTimeout);
            if (lease.isLeft()) {
                return Either.left(lease.getLeft());
            }
            if (lease.get().isPresent()) {
                try {
                    return refreshHolding(location, state, held, lease.get().get());
                } finally {
                    // Best effort: if this fails the lease simply runs out.
                    store.release(lease.get().get());
                }
            }
            // Another instance is refreshing: use what it saves.
            Either<ChatWidgetError, Optional<HeldTokens>> theirs = newerInStore(location, state, held);
            if (theirs.isLeft() || theirs.get().isPresent()) {
                return theirs.map(Optional::get);
            }
            if (poll >= polls) {
                return Either.left(TokenErrors.leaseWaitTimedOut(location, wait));
            }
            if (!pause()) {
                return Either.left(TokenErrors.interrupted(location));
            }
        }
    }

    /** Under the lease: read again (the last holder may have saved just before letting go), then refresh. */
    private Either<ChatWidgetError, HeldTokens> refreshHolding(LocationId location, LocationTokens state,
                                                               HeldTokens held, RefreshLease lease) {
        Either<ChatWidgetError, VersionedTokens> seen = stored(location);
        if (seen.isLeft()) {
            return Either.left(seen.getLeft());
        }
        VersionedTokens spent = seen.get();
        Optional<HeldTokens> theirs = adopt(state, held, spent);
        if (theirs.isPresent()) {
            return Either.right(theirs.get());
        }
        if (spent.tokens().refreshToken().equals(state.rejected)) {
            return Either.left(TokenErrors.reauthorize(location, Optional.empty()));
        }
        Instant requestedAt = clock.instant();
        Either<ChatWidgetError, TokenGrant> grant = refresher.refresh(credentials, spent.tokens().refreshToken(),
                userType);
        if (grant.isLeft()) {
            return refused(location, state, spent, grant.getLeft(), lease);
        }
        HeldTokens fresh = HeldTokens.granted(grant.get(), requestedAt, refreshAhead);
        Either<ChatWidgetError, Optional<VersionedTokens>> saved =
                store.saveIfVersion(location, spent.version(), fresh.tokens());
        if (saved.isLeft()) {
            state.unsaved = fresh;
            state.unsavedOver = spent.version();
            return Either.left(TokenErrors.notSaved(location, saved.getLeft()));
        }
        // Saved, or someone saved over our version first (a re-install): use ours now; the next refresh re-reads
        // the store and adopts theirs.
        state.current = fresh;
        state.unsaved = null;
        return Either.right(fresh);
    }

    /**
     * A refused refresh. On invalid_grant another instance may have spent the token: one that saved already, or
     * one that took the lease after ours ran out (a slow refresh) and has not saved yet; wait for its save.
     */
    private Either<ChatWidgetError, HeldTokens> refused(LocationId location, LocationTokens state,
                                                        VersionedTokens spent, ChatWidgetError error,
                                                        RefreshLease lease) {
        if (!(error instanceof Unauthorized rejected)) {
            return Either.left(error);
        }
        HeldTokens mine = HeldTokens.loaded(spent.tokens(), refreshAhead);
        boolean leaseWasOurs = store.release(lease).getOrElse(false);
        long polls = leaseWasOurs ? 0 : Math.max(1, leaseWait.toMillis() / POLL.toMillis());
        for (long poll = 0; ; poll++) {
            Either<ChatWidgetError, Optional<VersionedTokens>> seen = store.loadVersioned(location);
            if (seen.isLeft()) {
                return Either.left(seen.getLeft());
            }
            Optional<VersionedTokens> now = seen.get();
            if (now.isPresent() && !now.get().tokens().refreshToken().equals(spent.tokens().refreshToken())) {
                // Theirs, fresh or not: the next renewal refreshes with their token, never with the spent one.
                HeldTokens theirs = HeldTokens.loaded(now.get().tokens(), refreshAhead);
                state.current = theirs;
                return Either.right(theirs);
            }
            if (poll >= polls || !pause()) {
                break;
            }
        }
        state.rejected = mine.tokens().refreshToken();
        state.current = null; // reload next time: new tokens saved after a re-install are picked up
        return Either.left(TokenErrors.reauthorize(location, Optional.of(rejected)));
    }

    private boolean pause() {
        try {
            sleeper.sleep(POLL);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Tokens in the store that replace {@code held} (another refresh token) and are fresh now, if any. */
    private Either<ChatWidgetError, Optional<HeldTokens>> newerInStore(LocationId location, LocationTokens state,
                                                                       HeldTokens held) {
        return stored(location).map(seen -> adopt(state, held, seen));
    }

    private Optional<HeldTokens> adopt(LocationTokens state, HeldTokens held, VersionedTokens seen) {
        if (seen.tokens().refreshToken().equals(held.tokens().refreshToken())) {
            return Optional.empty();
        }
        HeldTokens theirs = HeldTokens.loaded(seen.tokens(), refreshAhead);
        if (!theirs.freshAt(clock.instant())) {
            return Optional.empty();
        }
        state.current = theirs;
        return Optional.of(theirs);
    }

    private Either<ChatWidgetError, VersionedTokens> stored(LocationId location) {
        return store.loadVersioned(location).flatMap(found -> found
                .<Either<ChatWidgetError, VersionedTokens>>map(Either::right)
                .orElseGet(() -> Either.left(TokenErrors.notInstalled(location))));
    }
}
