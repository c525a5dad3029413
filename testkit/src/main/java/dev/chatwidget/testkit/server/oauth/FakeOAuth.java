package dev.chatwidget.testkit.server.oauth;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of HighLevel's OAuth server state: registered apps, installs, access tokens that expire on an injected
 * clock, and refresh tokens that rotate (a used refresh token is rejected afterwards, like the real service).
 * Serve it with {@link #handler()}; check bearer tokens with {@link #locationOf} or {@link #access}. Thread-safe.
 */
public final class FakeOAuth {

    /** What HighLevel grants: a day, less a second. */
    public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(86_399);
    /** The scopes an install grants unless told otherwise. */
    public static final Set<String> CHAT_WIDGET_SCOPES = Set.of("chat-widget.readonly", "chat-widget.write");

    private record Install(String clientId, LocationId location, Set<String> scopes) { }

    private record Refresh(Install install, boolean used) { }

    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> secrets = new HashMap<>();
    private final Map<String, IssuedAccess> accessTokens = new HashMap<>();
    private final Map<String, Refresh> refreshTokens = new HashMap<>();
    private final Queue<Integer> failures = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger granted = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    public FakeOAuth(Clock clock) {
        this(clock, DEFAULT_ACCESS_TOKEN_LIFETIME);
    }

    public FakeOAuth(Clock clock, Duration accessTokenLifetime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        if (lifetime.getSeconds() < 1) {
            throw new IllegalArgumentException("accessTokenLifetime must be at least a second");
        }
    }

    /** Registers a marketplace app. */
    public synchronized FakeOAuth registerClient(ClientCredentials client) {
        secrets.put(client.clientId(), client.clientSecret());
        return this;
    }

    /** Installs the app on {@code location} (what the authorization-code exchange does) with the chat-widget scopes. */
    public TokenGrant install(String clientId, LocationId location) {
        return install(clientId, location, CHAT_WIDGET_SCOPES);
    }

    /** Installs the app on {@code location} with {@code scopes}; returns the first tokens, as the code exchange would. */
    public synchronized TokenGrant install(String clientId, LocationId location, Set<String> scopes) {
        if (!secrets.containsKey(clientId)) {
            throw new IllegalArgumentException("unknown client " + clientId + ": register it first");
        }
        return issue(new Install(clientId, Objects.requireNonNull(location, "location"), Set.copyOf(scopes)));
    }

    /** The location a live (issued, unexpired, unrevoked) access token is for; empty otherwise. */
    public Optional<LocationId> locationOf(String accessToken) {
        return access(accessToken).map(IssuedAccess::location);
    }

    /** What a live access token may reach; empty if unknown, expired or revoked. */
    public synchronized Optional<IssuedAccess> access(String accessToken) {
        IssuedAccess access = accessToken == null ? null : accessTokens.get(accessToken);
        return access != null && clock.instant().isBefore(access.expiresAt()) ? Optional.of(access) : Optional.empty();
    }

    /** Makes every access token of {@code location} invalid before its time (its refresh tokens still work). */
    public synchronized void revokeAccessTokens(LocationId location) {
        accessTokens.values().removeIf(a -> a.location().equals(location));
    }

    /** Uninstalls the app from {@code location}: its access and refresh tokens all stop working. */
    public synchronized void uninstall(LocationId location) {
        revokeAccessTokens(location);
        refreshTokens.values().removeIf(r -> r.install().location().equals(location));
    }

    /** The next refresh requests answer {@code status} (e.g. 503) without spending their refresh token. */
    public synchronized void failNextRefreshes(int status, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(status);
        }
    }

    /** Holds every refresh request this long before it is decided, to widen race windows in tests. */
    public void refreshDelay(Duration value) {
        this.delay = Objects.requireNonNull(value, "delay");
    }

    /** Refresh requests received (every POST to the token endpoint, granted or not). */
    public int refreshRequests() {
        return requests.get();
    }

    /** Refresh requests that were granted new tokens. */
    public int refreshesGranted() {
        return granted.get();
    }

    /** A new handler for {@code POST /oauth/token} on this state. */
    public OAuthTokenHandler handler() {
        return new OAuthTokenHandler(this);
    }

    /** Decides one token request from its form fields. */
    TokenReply refresh(Map<String, String> form) {
        requests.incrementAndGet();
        pause();
        synchronized (this) {
            Integer failure = failures.poll();
            if (failure != null) {
                return TokenReply.error(failure, "server_error", "scripted failure");
            }
            String clientId = form.get("client_id");
            String secret = form.get("client_secret");
            if (clientId == null || secret == null || !secret.equals(secrets.get(clientId))) {
                return TokenReply.error(401, "invalid_client", "Invalid client credentials");
            }
            if (!"refresh_token".equals(form.get("grant_type"))) {
                return TokenReply.error(400, "unsupported_grant_type", "Only refresh_token is supported here");
            }
            String userType = form.getOrDefault("user_type", "Location");
            if (!userType.equals("Location")) {
                return TokenReply.error(400, "invalid_request", "Installs are for locations");
            }
            Refresh refresh = refreshTokens.get(form.getOrDefault("refresh_token", ""));
            if (refresh == null || !refresh.install().clientId().equals(clientId)) {
                return TokenReply.error(400, "invalid_grant", "Invalid refresh token");
            }
            if (refresh.used()) {
                return TokenReply.error(400, "invalid_grant", "Refresh token already used");
            }
            refreshTokens.put(form.get("refresh_token"), new Refresh(refresh.install(), true));
            granted.incrementAndGet();
            return grantReply(issue(refresh.install()), refresh.install());
        }
    }

    private TokenGrant issue(Install install) {
        String access = "fake-at-" + randomHex();
        String refresh = "fake-rt-" + randomHex();
        accessTokens.put(access, new IssuedAccess(install.location(), install.scopes(), clock.instant().plus(lifetime)));
        refreshTokens.put(refresh, new Refresh(install, false));
        return new TokenGrant(new AccessToken(access), new RefreshToken(refresh), lifetime,
                Optional.of(install.location()));
    }

    private static TokenReply grantReply(TokenGrant grant, Install install) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", grant.accessToken().reveal());
        body.put("token_type", "Bearer");
        body.put("expires_in", grant.expiresIn().getSeconds());
        body.put("refresh_token", grant.refreshToken().reveal());
        body.put("scope", String.join(" ", install.scopes().stream().sorted().toList()));
        body.put("userType", "Location");
        body.put("locationId", install.location().value());
        body.put("companyId", "fake-company");
        return new TokenReply(200, body);
    }

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void pause() {
        Duration hold = delay;
        if (!hold.isZero()) {
            try {
                Thread.sleep(hold.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "FakeOAuth[" + refreshRequests() + " refresh requests, " + refreshesGranted() + " granted]";
    }
}
