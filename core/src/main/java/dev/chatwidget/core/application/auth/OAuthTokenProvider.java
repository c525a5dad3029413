package dev.chatwidget.core.application.auth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenRefresher;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Marketplace-app OAuth tokens that refresh themselves: one per location, refreshed a little ahead of expiry and
 * once more when the service answers 401, single-flight per location (the refresh token rotates on every use),
 * and the rotated refresh token saved to the {@link TokenStore} before the new access token is handed out.
 *
 * <p>Configure it with the app's client credentials, a {@link TokenRefresher} (the HTTP adapters' module binds
 * one over its transport as {@code @ForChatWidgets TokenRefresher}; without Guice, an {@code HttpTokenRefresher}
 * on the adapter's transport), a store seeded with each location's tokens from the app's install (code exchange), and a
 * clock; then bind it as the {@link TokenProvider}:
 * <pre>{@code
 * TokenStore store = new FileTokenStore(Path.of("/var/lib/my-app/highlevel-tokens.properties"));
 * TokenProvider tokens = OAuthTokenProvider
 *         .builder(new HttpTokenRefresher(HttpTokenRefresher.HIGHLEVEL, transport),
 *                  ClientCredentials.of(clientId, clientSecret), store, Clock.systemUTC())
 *         .refreshAhead(Duration.ofMinutes(5))        // the default
 *         .defaultLocation(LocationId.of("ve9EPM428h8vShlRW1KT")) // optional: for calls naming no location
 *         .build();
 * }</pre>
 * Several instances of the app (processes, hosts) sharing one store refresh once between them: the instance
 * that gets the store's refresh lease for the location refreshes and saves compare-and-set on the stored version;
 * the others wait (up to {@code leaseWait}, or less when their call has less time left) and use the tokens it
 * saved. A holder that dies loses its lease after {@code leaseTimeout}. When the endpoint refuses a refresh token the store is read again first (another instance
 * may have spent it); only if it still holds that token must the app be re-authorized (re-installed) for that
 * location; the provider then answers {@link Unauthorized} without calling the endpoint again until the store
 * holds new tokens for the location.
 */
public final class OAuthTokenProvider implements TokenProvider {

    /** How long before expiry a token is refreshed unless configured otherwise. */
    public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofMinutes(5);

    /** How long a refresh lease lasts, and how long others wait for its holder, unless configured otherwise. */
    public static final Duration DEFAULT_LEASE_TIMEOUT = Duration.ofSeconds(10);

    /** No bound of the caller's own: waits end by the lease wait. */
    private static final Duration UNBOUNDED = Duration.ofSeconds(Long.MAX_VALUE);

    private final TokenRefresher refresher;
    private final ClientCredentials credentials;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshAhead;
    private final UserType userType;
    private final Optional<LocationId> defaultLocation;
    private final SharedRefresh shared;
    private final ConcurrentMap<LocationId, LocationTokens> locations = new ConcurrentHashMap<>();

    private OAuthTokenProvider(Builder builder) {
        this.refresher = builder.refresher;
        this.credentials = builder.credentials;
        this.store = builder.store;
        this.clock = builder.clock;
        this.refreshAhead = builder.refreshAhead;
        this.userType = builder.userType;
        this.defaultLocation = builder.defaultLocation;
        this.shared = new SharedRefresh(refresher, credentials, userType, store, clock, refreshAhead,
                builder.leaseTimeout, builder.leaseWait, builder.sleeper);
    }

    /** Starts configuring a provider; everything the builder adds has a default. */
    public static Builder builder(TokenRefresher refresher, ClientCredentials credentials, TokenStore store,
                                  Clock clock) {
        return new Builder(refresher, credentials, store, clock);
    }

    /** The token, waiting for a refresh as long as it takes (up to {@code leaseWait} for another instance's). */
    @Override
    public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location) {
        return token(location, UNBOUNDED);
    }

    /**
     * The token, waiting at most {@code maxWait} for a refresh running in this process or in another instance
     * (then a {@link TransportFailure} saying the request was not sent; the refresh goes on for the others).
     */
    @Override
    public Either<ChatWidgetError, AccessToken> token(Optional<LocationId> location, Duration maxWait) {
        Objects.requireNonNull(maxWait, "maxWait");
        return locationOf(location)
                .flatMap(loc -> current(loc, held -> !held.freshAt(clock.instant()), maxWait))
                .map(held -> held.tokens().accessToken());
    }

    @Override
    public boolean onUnauthorized(Optional<LocationId> location, AccessToken rejected) {
        Objects.requireNonNull(rejected, "rejected");
        // Refresh only if the rejected token is still the current one: a concurrent caller may have replaced it.
        return locationOf(location)
                .flatMap(loc -> current(loc, held -> held.tokens().accessToken().equals(rejected), UNBOUNDED))
                .isRight();
    }

    @Override
    public String toString() {
        return "OAuthTokenProvider[" + credentials + ", " + store + ", refreshAhead=" + refreshAhead + "]";
    }

    private Either<ChatWidgetError, LocationId> locationOf(Optional<LocationId> location) {
        return location.or(() -> defaultLocation)
                .<Either<ChatWidgetError, LocationId>>map(Either::right)
                .orElseGet(() -> Either.left(TokenErrors.noLocation()));
    }

    private Either<ChatWidgetError, HeldTokens> current(LocationId location, Predicate<HeldTokens> stale,
                                                        Duration maxWait) {
        LocationTokens state = locations.computeIfAbsent(location, l -> new LocationTokens(l, clock));
        return state.current(stale, left -> renew(location, state, stale, left), maxWait);
    }

    /** Runs alone for its location (see {@link LocationTokens}); waits for other instances at most {@code maxWait}. */
    private Either<ChatWidgetError, HeldTokens> renew(LocationId location, LocationTokens state,
                                                      Predicate<HeldTokens> stale, Duration maxWait) {
        HeldTokens unsaved = state.unsaved;
        if (unsaved != null) {
            return saveUnsaved(location, state, unsaved);
        }
        HeldTokens held = state.current;
        if (held == null) {
            Either<ChatWidgetError, Optional<StoredTokens>> loaded = store.load(location);
            if (loaded.isLeft()) {
                return Either.left(loaded.getLeft());
            }
            if (loaded.get().isEmpty()) {
                return Either.left(TokenErrors.notInstalled(location));
            }
            held = HeldTokens.loaded(loaded.get().get(), refreshAhead);
            if (held.tokens().refreshToken().equals(state.rejected)) {
                return Either.left(TokenErrors.reauthorize(location, Optional.empty()));
            }
            state.current = held;
            if (!stale.test(held)) {
                return Either.right(held);
            }
        }
        return shared.refresh(location, state, held, maxWait);
    }

    /** Granted tokens whose save failed are saved first (over the version they replace): their refresh token
     * is the only live one. If another instance saved meanwhile, theirs win and ours are dropped. */
    private Either<ChatWidgetError, HeldTokens> saveUnsaved(LocationId location, LocationTokens state,
                                                            HeldTokens fresh) {
        Either<ChatWidgetError, Optional<VersionedTokens>> saved =
                store.saveIfVersion(location, state.unsavedOver, fresh.tokens());
        if (saved.isLeft()) {
            return Either.left(TokenErrors.notSaved(location, saved.getLeft()));
        }
        state.unsaved = null;
        state.current = saved.get().isPresent() ? fresh : null;
        return saved.get().isPresent() ? Either.right(fresh) : Either.left(TokenErrors.notSaved(location,
                TransportFailure.of("another instance saved newer tokens first", false)));
    }

    /** Configures an {@link OAuthTokenProvider}. */
    public static final class Builder {

        private final TokenRefresher refresher;
        private final ClientCredentials credentials;
        private final TokenStore store;
        private final Clock clock;
        private Duration refreshAhead = DEFAULT_REFRESH_AHEAD;
        private UserType userType = UserType.LOCATION;
        private Optional<LocationId> defaultLocation = Optional.empty();
        private Duration leaseTimeout = DEFAULT_LEASE_TIMEOUT;
        private Duration leaseWait = DEFAULT_LEASE_TIMEOUT;
        private Sleeper sleeper = Sleeper.system();

        private Builder(TokenRefresher refresher, ClientCredentials credentials, TokenStore store, Clock clock) {
            this.refresher = Objects.requireNonNull(refresher, "refresher");
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            this.store = Objects.requireNonNull(store, "store");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** How long before expiry to refresh (default 5 minutes; capped at half a granted token's lifetime). */
        public Builder refreshAhead(Duration ahead) {
            Objects.requireNonNull(ahead, "ahead");
            if (ahead.isNegative()) {
                throw new IllegalArgumentException("refreshAhead must not be negative");
            }
            this.refreshAhead = ahead;
            return this;
        }

        /** The {@code user_type} to refresh as (default {@link UserType#LOCATION}). */
        public Builder userType(UserType type) {
            this.userType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** The location whose token serves calls that name no location (default: such calls get Unauthorized). */
        public Builder defaultLocation(LocationId location) {
            this.defaultLocation = Optional.of(location);
            return this;
        }

        /**
         * How long one instance may hold a location's refresh lease (default 10 s): if it dies mid-refresh, the
         * others take over after this. Keep it above the token endpoint's slowest answer.
         */
        public Builder leaseTimeout(Duration timeout) {
            this.leaseTimeout = positive(timeout, "leaseTimeout");
            return this;
        }

        /** How long to wait for another instance's refresh before answering an error (default 10 s). */
        public Builder leaseWait(Duration wait) {
            this.leaseWait = positive(wait, "leaseWait");
            return this;
        }

        /** How waiting for another instance's refresh pauses (default: really sleeps). */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }

        public OAuthTokenProvider build() {
            return new OAuthTokenProvider(this);
        }
    }
}
