package dev.chatwidget.adapter.http.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.error.UnexpectedResponse;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpTokenRefresherTest {

    static final ClientCredentials CLIENT = ClientCredentials.of("app/1", "s3cret&=+");
    static final RefreshToken REFRESH = new RefreshToken("refresh-0+/=");
    static final String GRANT = "{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":86399,"
            + "\"refresh_token\":\"refresh-1\",\"scope\":\"chat-widget.readonly\",\"userType\":\"Location\","
            + "\"locationId\":\"loc1\",\"companyId\":\"c1\",\"isBulkInstallation\":false}";

    HttpServer server;
    volatile int status = 200;
    volatile String answer = GRANT;
    volatile long delayMillis;
    volatile String seenMethod;
    volatile String seenPath;
    volatile String seenContentType;
    volatile String seenBody;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seenMethod = exchange.getRequestMethod();
            seenPath = exchange.getRequestURI().getPath();
            seenContentType = exchange.getRequestHeaders().getFirst("Content-Type");
            seenBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Retry-After", "7");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    Either<ChatWidgetError, TokenGrant> refresh() {
        return new HttpTokenRefresher(base()).refresh(CLIENT, REFRESH, UserType.LOCATION);
    }

    @Test
    void posts_the_refresh_form_to_the_token_endpoint() {
        refresh();

        assertThat(seenMethod).isEqualTo("POST");
        assertThat(seenPath).isEqualTo("/oauth/token");
        assertThat(seenContentType).isEqualTo("application/x-www-form-urlencoded");
        assertThat(seenBody).isEqualTo("client_id=app%2F1&client_secret=s3cret%26%3D%2B&grant_type=refresh_token"
                + "&refresh_token=refresh-0%2B%2F%3D&user_type=Location");
    }

    @Test
    void keeps_the_base_path_before_the_token_path() {
        new HttpTokenRefresher(URI.create(base() + "/prefix/")).refresh(CLIENT, REFRESH, UserType.COMPANY);

        assertThat(seenPath).isEqualTo("/prefix/oauth/token");
        assertThat(seenBody).endsWith("&user_type=Company");
    }

    @Test
    void reads_the_grant_and_ignores_unknown_fields() {
        TokenGrant grant = refresh().get();

        assertThat(grant.accessToken().reveal()).isEqualTo("access-1");
        assertThat(grant.refreshToken().reveal()).isEqualTo("refresh-1");
        assertThat(grant.expiresIn()).isEqualTo(Duration.ofSeconds(86399));
        assertThat(grant.locationId()).hasValueSatisfying(l -> assertThat(l.value()).isEqualTo("loc1"));
        assertThat(grant.toString()).doesNotContain("access-1", "refresh-1");
    }

    @Test
    void a_grant_without_location_has_none() {
        answer = "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":\"60\"}";

        assertThat(refresh().get().locationId()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401})
    void a_rejected_refresh_is_unauthorized_and_asks_for_reauthorization(int rejection) {
        status = rejection;
        answer = "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token refresh-0+/=\","
                + "\"traceId\":\"t-1\"}";

        ChatWidgetError error = refresh().getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("re-authorization is needed", "invalid_grant", "HTTP " + rejection)
                .doesNotContain("refresh-0", "s3cret");
        assertThat(error.traceId()).contains("t-1");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void a_failing_endpoint_is_a_server_error(int failure) {
        status = failure;
        answer = "<html>bad gateway</html>";

        ChatWidgetError error = refresh().getLeft();

        assertThat(error).isInstanceOf(ServerError.class);
        assertThat(error.status()).isEqualTo(failure);
    }

    @Test
    void too_many_refreshes_are_rate_limited_with_the_retry_after() {
        status = 429;
        answer = "";

        ChatWidgetError error = refresh().getLeft();

        assertThat(error).isInstanceOfSatisfying(RateLimited.class,
                r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{\"access_token\":\"a\"}", "{\"access_token\":\"a\",\"refresh_token\":"
            + "\"r\",\"expires_in\":0}", "{\"access_token\":\"a b\",\"refresh_token\":\"r\",\"expires_in\":5}",
            "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":5,\"locationId\":\"a/b\"}",
            "{\"access_token\":\"secret-a\",\"refresh_token\":\"secret-r\",\"expires_in\":\"soon\"}"})
    void a_malformed_grant_is_an_unexpected_response_that_quotes_nothing(String body) {
        answer = body;

        ChatWidgetError error = refresh().getLeft();

        assertThat(error).isInstanceOfSatisfying(UnexpectedResponse.class,
                u -> assertThat(u.excerpt()).isEmpty());
        assertThat(error.message()).doesNotContain("secret-a", "secret-r");
    }

    @Test
    void an_unclassifiable_status_is_an_unexpected_response() {
        status = 302;
        answer = "";

        assertThat(refresh().getLeft()).isInstanceOfSatisfying(UnexpectedResponse.class,
                u -> assertThat(u.status()).isEqualTo(302));
    }

    @Test
    void a_refused_connection_is_a_transport_failure_that_never_reached_the_server() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ChatWidgetError error = new HttpTokenRefresher(URI.create("http://127.0.0.1:" + closedPort))
                .refresh(CLIENT, REFRESH, UserType.LOCATION).getLeft();

        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                t -> assertThat(t.mayHaveReachedServer()).isFalse());
        assertThat(error.message()).doesNotContain("s3cret", "refresh-0");
    }

    @Test
    void a_slow_endpoint_times_out_as_a_transport_failure_that_may_have_reached_it() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Warm up with a patient refresher on the same client: a new client's first call spends its time loading
        // classes, which the JDK would report as a connect timeout (seen on a loaded 2-core machine).
        assertThat(new HttpTokenRefresher(base(), client, Duration.ofSeconds(30))
                .refresh(CLIENT, REFRESH, UserType.LOCATION).isRight()).isTrue();
        HttpTokenRefresher impatient = new HttpTokenRefresher(base(), client, Duration.ofMillis(1_000));
        delayMillis = 3_000;

        ChatWidgetError error = impatient.refresh(CLIENT, REFRESH, UserType.LOCATION).getLeft();

        assertThat(error.message()).contains("timed out waiting");
        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                t -> assertThat(t.mayHaveReachedServer()).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://services.leadconnectorhq.com", "http://127.example.com", "ftp://127.0.0.1",
            "https://user:pw@example.com", "https://example.com?x=1", "/relative", "http://10.0.0.1"})
    void refuses_a_base_uri_that_could_leak_the_secret(String uri) {
        assertThatThrownBy(() -> new HttpTokenRefresher(URI.create(uri))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://services.leadconnectorhq.com", "http://localhost:8080", "http://127.0.0.1:1",
            "http://127.1.2.3", "http://[::1]:9000"})
    void accepts_https_and_loopback_http(String uri) {
        assertThat(new HttpTokenRefresher(URI.create(uri)).toString()).endsWith("/oauth/token]");
    }

    @Test
    void to_string_shows_the_endpoint_only() {
        assertThat(new HttpTokenRefresher(HttpTokenRefresher.HIGHLEVEL).toString())
                .isEqualTo("HttpTokenRefresher[https://services.leadconnectorhq.com/oauth/token]");
        assertThat(Optional.of(CLIENT).toString()).doesNotContain("s3cret");
    }
}
