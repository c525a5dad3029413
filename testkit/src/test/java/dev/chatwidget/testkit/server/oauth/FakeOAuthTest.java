package dev.chatwidget.testkit.server.oauth;

import dev.chatwidget.testkit.fake.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.TokenGrant;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FakeOAuthTest {

    static final ClientCredentials APP = ClientCredentials.of("app-1", "secret-1");
    static final LocationId LOC = LocationId.of("loc1");

    final TestClock clock = TestClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
    final FakeOAuth oauth = new FakeOAuth(clock, Duration.ofHours(1)).registerClient(APP);

    TokenReply refresh(TokenGrant grant) {
        return refresh(grant.refreshToken().reveal());
    }

    TokenReply refresh(String refreshToken) {
        return oauth.refresh(Map.of("client_id", "app-1", "client_secret", "secret-1",
                "grant_type", "refresh_token", "refresh_token", refreshToken, "user_type", "Location"));
    }

    @Test
    void an_installed_location_gets_a_live_access_token() {
        TokenGrant grant = oauth.install("app-1", LOC);

        assertThat(oauth.locationOf(grant.accessToken().reveal())).contains(LOC);
        assertThat(oauth.access(grant.accessToken().reveal()).orElseThrow().scopes())
                .isEqualTo(FakeOAuth.CHAT_WIDGET_SCOPES);
        assertThat(grant.locationId()).contains(LOC);
        assertThat(grant.expiresIn()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void access_tokens_expire_on_the_injected_clock() {
        String access = oauth.install("app-1", LOC).accessToken().reveal();

        clock.advance(Duration.ofMinutes(59));
        assertThat(oauth.locationOf(access)).contains(LOC);
        clock.advance(Duration.ofMinutes(1));
        assertThat(oauth.locationOf(access)).isEmpty();
    }

    @Test
    void unknown_tokens_reach_nothing() {
        assertThat(oauth.locationOf("nope")).isEmpty();
        assertThat(oauth.locationOf(null)).isEmpty();
    }

    @Test
    void a_refresh_rotates_the_refresh_token_and_a_used_one_is_rejected() {
        TokenGrant first = oauth.install("app-1", LOC);

        TokenReply granted = refresh(first);
        TokenReply reused = refresh(first);

        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.body().get("refresh_token")).isNotEqualTo(first.refreshToken().reveal());
        assertThat(oauth.locationOf((String) granted.body().get("access_token"))).contains(LOC);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body()).containsEntry("error", "invalid_grant");
        assertThat(refresh((String) granted.body().get("refresh_token")).status()).isEqualTo(200);
        assertThat(oauth.refreshRequests()).isEqualTo(3);
        assertThat(oauth.refreshesGranted()).isEqualTo(2);
    }

    @Test
    void a_refresh_needs_the_installing_clients_credentials() {
        TokenGrant grant = oauth.install("app-1", LOC);
        oauth.registerClient(ClientCredentials.of("app-2", "secret-2"));

        TokenReply wrongSecret = oauth.refresh(Map.of("client_id", "app-1", "client_secret", "guess",
                "grant_type", "refresh_token", "refresh_token", grant.refreshToken().reveal()));
        TokenReply otherApp = oauth.refresh(Map.of("client_id", "app-2", "client_secret", "secret-2",
                "grant_type", "refresh_token", "refresh_token", grant.refreshToken().reveal()));

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(otherApp.status()).isEqualTo(400);
        assertThat(refresh(grant).status()).as("the refresh token was not spent by failed attempts").isEqualTo(200);
    }

    @Test
    void revoked_access_tokens_stop_working_but_the_refresh_token_still_does() {
        TokenGrant grant = oauth.install("app-1", LOC);

        oauth.revokeAccessTokens(LOC);

        assertThat(oauth.locationOf(grant.accessToken().reveal())).isEmpty();
        assertThat(refresh(grant).status()).isEqualTo(200);
    }

    @Test
    void an_uninstall_kills_every_token_of_the_location() {
        TokenGrant grant = oauth.install("app-1", LOC);
        TokenGrant other = oauth.install("app-1", LocationId.of("loc2"), Set.of("chat-widget.readonly"));

        oauth.uninstall(LOC);

        assertThat(oauth.locationOf(grant.accessToken().reveal())).isEmpty();
        assertThat(refresh(grant).status()).isEqualTo(400);
        assertThat(oauth.access(other.accessToken().reveal()).orElseThrow().scopes())
                .containsExactly("chat-widget.readonly");
    }

    @Test
    void scripted_failures_do_not_spend_the_refresh_token() {
        TokenGrant grant = oauth.install("app-1", LOC);
        oauth.failNextRefreshes(503, 1);

        assertThat(refresh(grant).status()).isEqualTo(503);
        assertThat(refresh(grant).status()).isEqualTo(200);
    }

    @Test
    void only_registered_clients_can_install() {
        assertThatThrownBy(() -> oauth.install("ghost", LOC)).isInstanceOf(IllegalArgumentException.class);
    }
}
