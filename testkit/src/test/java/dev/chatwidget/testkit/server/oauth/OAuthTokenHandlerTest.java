package dev.chatwidget.testkit.server.oauth;

import dev.chatwidget.testkit.fake.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.TokenGrant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake token endpoint over HTTP (the refresher against it: the transports' {@code TokenRefresherContract}). */
class OAuthTokenHandlerTest {

    static final ClientCredentials APP = ClientCredentials.of("app-1", "secret-1");
    static final LocationId LOC = LocationId.of("loc1");

    final TestClock clock = TestClock.fixed(Instant.parse("2026-01-01T00:00:00Z"));
    final FakeOAuth oauth = new FakeOAuth(clock).registerClient(APP);
    final LoopbackOAuthServer server = new LoopbackOAuthServer(oauth);

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
    void the_form_fields_are_recorded_and_refreshes_counted_server_side() throws Exception {
        TokenGrant installed = oauth.install("app-1", LOC);
        String form = "client_id=app-1&client_secret=secret-1&grant_type=refresh_token&refresh_token="
                + installed.refreshToken().reveal() + "&user_type=Location";

        HttpResponse<String> granted = raw("POST", "/oauth/token", "application/x-www-form-urlencoded", form);
        HttpResponse<String> spent = raw("POST", "/oauth/token", "application/x-www-form-urlencoded", form);

        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(spent.statusCode()).isEqualTo(400);
        assertThat(spent.body()).contains("invalid_grant");
        assertThat(server.handler.requests()).first().isEqualTo(Map.of(
                "client_id", "app-1", "client_secret", "secret-1", "grant_type", "refresh_token",
                "refresh_token", installed.refreshToken().reveal(), "user_type", "Location"));
        assertThat(oauth.refreshRequests()).isEqualTo(2);
        assertThat(oauth.refreshesGranted()).isEqualTo(1);
        assertThat(oauth.toString()).doesNotContain(installed.refreshToken().reveal());
    }
}
