package dev.chatwidget.testkit.server.oauth;

import dev.chatwidget.testkit.fake.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.Unauthorized;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthTokenHandlerTest {

    static final ClientCredentials APP = ClientCredentials.of("app-1", "secret-1");
    static final LocationId LOC = LocationId.of("loc1");

    final TestClock clock = TestClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
    final FakeOAuth oauth = new FakeOAuth(clock).registerClient(APP);
    final LoopbackOAuthServer server = new LoopbackOAuthServer(oauth);
    final HttpTokenRefresher refresher = new HttpTokenRefresher(server.baseUri());

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> raw(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_refresher_sends_every_form_field_the_endpoint_needs() {
        TokenGrant installed = oauth.install("app-1", LOC);

        refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION);

        assertThat(server.handler.requests()).singleElement().isEqualTo(Map.of(
                "client_id", "app-1", "client_secret", "secret-1", "grant_type", "refresh_token",
                "refresh_token", installed.refreshToken().reveal(), "user_type", "Location"));
    }

    @Test
    void a_refresh_over_the_wire_returns_a_live_token_for_the_location() {
        TokenGrant installed = oauth.install("app-1", LOC);

        TokenGrant grant = refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION).get();

        assertThat(oauth.locationOf(grant.accessToken().reveal())).contains(LOC);
        assertThat(grant.locationId()).contains(LOC);
        assertThat(grant.expiresIn()).isEqualTo(FakeOAuth.DEFAULT_ACCESS_TOKEN_LIFETIME);
        assertThat(grant.refreshToken()).isNotEqualTo(installed.refreshToken());
    }

    @Test
    void a_rotated_refresh_token_is_unauthorized_and_asks_for_reauthorization() {
        TokenGrant installed = oauth.install("app-1", LOC);
        refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION);

        ChatWidgetError error = refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("re-authorization is needed", "invalid_grant")
                .doesNotContain(installed.refreshToken().reveal(), "secret-1");
    }

    @Test
    void wrong_client_credentials_are_unauthorized() {
        TokenGrant installed = oauth.install("app-1", LOC);

        ChatWidgetError error = refresher.refresh(ClientCredentials.of("app-1", "guess"), installed.refreshToken(),
                UserType.LOCATION).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("HTTP 401", "invalid_client", "check the client id and secret")
                .doesNotContain("guess");
    }

    @Test
    void a_failing_endpoint_is_a_server_error() {
        TokenGrant installed = oauth.install("app-1", LOC);
        oauth.failNextRefreshes(503, 1);

        ChatWidgetError error = refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION).getLeft();

        assertThat(error).isInstanceOf(ServerError.class);
        assertThat(error.status()).isEqualTo(503);
    }

    @Test
    void a_company_token_is_refused_for_a_location_install() {
        TokenGrant installed = oauth.install("app-1", LOC);

        assertThat(refresher.refresh(APP, installed.refreshToken(), UserType.COMPANY).getLeft())
                .isInstanceOf(Unauthorized.class);
    }

    @Test
    void only_form_posts_to_the_token_path_are_served() throws Exception {
        assertThat(raw("GET", "/oauth/token", null, "").statusCode()).isEqualTo(405);
        assertThat(raw("POST", "/oauth/token", "application/json", "{}").statusCode()).isEqualTo(400);
        assertThat(raw("POST", "/oauth/token/x", "application/x-www-form-urlencoded", "").statusCode())
                .isEqualTo(404);
        assertThat(raw("POST", "/oauth/token", "application/x-www-form-urlencoded", "a=1&a=2").statusCode())
                .isEqualTo(400);
        HttpResponse<String> grantType = raw("POST", "/oauth/token", "application/x-www-form-urlencoded",
                "client_id=app-1&client_secret=secret-1&grant_type=authorization_code&code=x");
        assertThat(grantType.statusCode()).isEqualTo(400);
        assertThat(grantType.body()).contains("unsupported_grant_type");
        assertThat(grantType.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void refreshes_are_counted_server_side() {
        TokenGrant installed = oauth.install("app-1", LOC);
        refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION);
        refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION);

        assertThat(oauth.refreshRequests()).isEqualTo(2);
        assertThat(oauth.refreshesGranted()).isEqualTo(1);
        assertThat(oauth.toString()).doesNotContain(installed.refreshToken().reveal());
    }
}
