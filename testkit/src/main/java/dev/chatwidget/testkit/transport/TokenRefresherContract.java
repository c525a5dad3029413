package dev.chatwidget.testkit.transport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.core.domain.LocationId;
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
import dev.chatwidget.testkit.fake.TestClock;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.oauth.FakeOAuth;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link HttpTokenRefresher} over a real transport on loopback: the form it posts, the grant it reads, how it
 * classifies rejections, rate limits, server errors, refused connections, timeouts, redirects (never followed) and
 * oversized answers, never throwing, and no secret in any message. Against the testkit's scripted
 * server and its {@link FakeOAuth} token endpoint. A transport module extends it and names its factory.
 */
@Timeout(30)
public abstract class TokenRefresherContract {

    static final ClientCredentials CLIENT = ClientCredentials.of("app/1", "s3cret&=+");
    static final RefreshToken REFRESH = new RefreshToken("refresh-0+/=");
    static final String GRANT = "{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":86399,"
            + "\"refresh_token\":\"refresh-1\",\"scope\":\"chat-widget.readonly\",\"userType\":\"Location\","
            + "\"locationId\":\"loc1\",\"companyId\":\"c1\",\"isBulkInstallation\":false}";
    static final ClientCredentials APP = ClientCredentials.of("app-1", "secret-1");
    static final LocationId LOC = LocationId.of("loc1");

    private RawHttpServer raw;
    private Transport transport;
    private final FakeOAuth oauth = new FakeOAuth(TestClock.fixed(Instant.parse("2026-01-01T00:00:00Z")))
            .registerClient(APP);
    private FakeHighLevelServer fake;

    /** The transport under test, built from {@code settings}. */
    protected abstract Transport transport(TransportSettings settings);

    @BeforeEach
    void start() throws IOException {
        raw = new RawHttpServer();
        raw.always(RawHttpServer.ok(GRANT));
        transport = transport(TransportSettings.defaults().withConnectTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() throws IOException {
        transport.close();
        raw.close();
        if (fake != null) {
            fake.close();
        }
    }

    private HttpTokenRefresher scripted() {
        return new HttpTokenRefresher(raw.uri(""), transport);
    }

    private HttpTokenRefresher endpoint() {
        fake = FakeHighLevelServer.builder().oauth(oauth).start();
        return new HttpTokenRefresher(fake.baseUri(), transport);
    }

    private Either<ChatWidgetError, TokenGrant> refresh(HttpTokenRefresher refresher) {
        return refresher.refresh(CLIENT, REFRESH, UserType.LOCATION);
    }

    @Test
    void posts_the_refresh_form_to_the_token_endpoint_under_the_base_path() {
        new HttpTokenRefresher(raw.uri("/prefix/"), transport).refresh(CLIENT, REFRESH, UserType.COMPANY);

        RawHttpServer.Request sent = raw.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.target()).isEqualTo("/prefix/oauth/token");
        assertThat(sent.header("Content-Type")).containsExactly("application/x-www-form-urlencoded");
        assertThat(new String(sent.body(), UTF_8)).isEqualTo("client_id=app%2F1&client_secret=s3cret%26%3D%2B"
                + "&grant_type=refresh_token&refresh_token=refresh-0%2B%2F%3D&user_type=Company");
    }

    @Test
    void reads_the_grant_and_ignores_unknown_fields() {
        TokenGrant grant = refresh(scripted()).get();

        assertThat(grant.accessToken().reveal()).isEqualTo("access-1");
        assertThat(grant.refreshToken().reveal()).isEqualTo("refresh-1");
        assertThat(grant.expiresIn()).isEqualTo(Duration.ofSeconds(86399));
        assertThat(grant.locationId()).contains(LOC);
    }

    @Test
    void the_fake_endpoint_grants_a_live_token_and_refuses_the_spent_one_asking_for_reauthorization() {
        HttpTokenRefresher refresher = endpoint();
        TokenGrant installed = oauth.install(APP.clientId(), LOC);

        TokenGrant grant = refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION).get();
        ChatWidgetError spent = refresher.refresh(APP, installed.refreshToken(), UserType.LOCATION).getLeft();

        assertThat(oauth.locationOf(grant.accessToken().reveal())).contains(LOC);
        assertThat(grant.refreshToken()).isNotEqualTo(installed.refreshToken());
        assertThat(spent).isInstanceOf(Unauthorized.class);
        assertThat(spent.message()).contains("re-authorization is needed", "invalid_grant", "HTTP 400")
                .doesNotContain(installed.refreshToken().reveal(), APP.clientSecret());
    }

    @Test
    void wrong_client_credentials_are_unauthorized_naming_them_but_not_the_secret() {
        HttpTokenRefresher refresher = endpoint();
        TokenGrant installed = oauth.install(APP.clientId(), LOC);

        ChatWidgetError error = refresher.refresh(ClientCredentials.of(APP.clientId(), "guess"),
                installed.refreshToken(), UserType.LOCATION).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("HTTP 401", "invalid_client", "check the client id and secret")
                .doesNotContain("guess");
    }

    @Test
    void a_failing_endpoint_is_a_server_error() {
        HttpTokenRefresher refresher = endpoint();
        oauth.failNextRefreshes(503, 1);

        ChatWidgetError error = refresher.refresh(APP, oauth.install(APP.clientId(), LOC).refreshToken(),
                UserType.LOCATION).getLeft();

        assertThat(error).isInstanceOf(ServerError.class);
        assertThat(error.status()).isEqualTo(503);
    }

    @Test
    void too_many_refreshes_are_rate_limited_with_the_retry_after() {
        raw.next(RawHttpServer.respond(429, List.of("Retry-After: 7"), new byte[0]));

        assertThat(refresh(scripted()).getLeft()).isInstanceOfSatisfying(RateLimited.class,
                r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void a_redirect_is_not_followed_so_the_secret_goes_nowhere_else() {
        raw.next(RawHttpServer.respond(302, List.of("Location: " + raw.uri("/elsewhere")), new byte[0]));

        assertThat(refresh(scripted()).getLeft()).isInstanceOfSatisfying(UnexpectedResponse.class,
                u -> assertThat(u.status()).isEqualTo(302));
        assertThat(raw.requests()).hasSize(1);
    }

    @Test
    void an_oversized_answer_is_not_read_whole_and_quotes_nothing() {
        byte[] huge = new byte[200 * 1024];
        Arrays.fill(huge, (byte) 'x');
        raw.next(RawHttpServer.respond(200, List.of(), huge));

        assertThat(refresh(scripted()).getLeft()).isInstanceOfSatisfying(UnexpectedResponse.class, u -> {
            assertThat(u.message()).contains("exceeds");
            assertThat(u.excerpt()).isEmpty();
        });
    }

    @Test
    void a_refused_connection_is_a_transport_failure_that_never_reached_the_endpoint() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ChatWidgetError error = refresh(new HttpTokenRefresher(URI.create("http://127.0.0.1:" + closedPort),
                transport)).getLeft();

        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                t -> assertThat(t.mayHaveReachedServer()).isFalse());
        assertThat(error.message()).contains("OAuth token refresh").doesNotContain("s3cret", "refresh-0");
    }

    @Test
    void a_slow_endpoint_times_out_as_a_transport_failure_that_may_have_reached_it() {
        assertThat(refresh(scripted()).isRight()).as("warm-up: a first exchange loads classes").isTrue();
        raw.next((request, out, socket) -> sleep(3_000));

        ChatWidgetError error = refresh(new HttpTokenRefresher(raw.uri(""), transport, Duration.ofMillis(500)))
                .getLeft();

        assertThat(error.message()).contains("timed out");
        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                t -> assertThat(t.mayHaveReachedServer()).isTrue());
    }

    @Test
    void a_closed_transport_is_a_transport_failure_that_sent_nothing() {
        HttpTokenRefresher refresher = scripted();
        transport.close();

        ChatWidgetError error = refresh(refresher).getLeft();

        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                t -> assertThat(t.mayHaveReachedServer()).isFalse());
        assertThat(raw.requests()).isEmpty();
    }

    /** Log lines are searched at TRACE by each adapter's token secrecy test, refreshes included. */
    @ParameterizedTest
    @ValueSource(ints = {400, 401, 500})
    void no_secret_reaches_an_error_or_to_string(int status) {
        raw.next(RawHttpServer.respond(status, List.of("Content-Type: application/json"),
                ("{\"error\":\"invalid_grant\",\"error_description\":\"bad refresh-0+/= for s3cret&=+\"}")
                        .getBytes(UTF_8)));
        HttpTokenRefresher refresher = scripted();
        ChatWidgetError error = refresh(refresher).getLeft();

        // Both prefixes also match the secrets as the form encodes them.
        assertThat(List.of(error.toString(), error.message(), refresher.toString()))
                .allSatisfy(text -> assertThat(text).doesNotContain("s3cret", "refresh-0"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
