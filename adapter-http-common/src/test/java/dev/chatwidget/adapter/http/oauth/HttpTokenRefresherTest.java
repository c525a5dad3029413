package dev.chatwidget.adapter.http.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.ResponseHeaders;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
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
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refresher over the transport SPI, without sockets: what it hands the transport, how it decodes every answer,
 * and that nothing the transport throws gets past it. Over real transports on loopback: the testkit's
 * {@code TokenRefresherContract}, which every adapter runs.
 */
class HttpTokenRefresherTest {

    static final ClientCredentials CLIENT = ClientCredentials.of("app/1", "s3cret&=+");
    static final RefreshToken REFRESH = new RefreshToken("refresh-0+/=");
    static final URI BASE = URI.create("https://services.example.com");
    static final String GRANT = "{\"access_token\":\"access-1\",\"token_type\":\"Bearer\",\"expires_in\":86399,"
            + "\"refresh_token\":\"refresh-1\",\"scope\":\"chat-widget.readonly\",\"userType\":\"Location\","
            + "\"locationId\":\"loc1\",\"companyId\":\"c1\",\"isBulkInstallation\":false}";

    volatile int status = 200;
    volatile String answer = GRANT;
    final AnsweringTransport transport = new AnsweringTransport(request -> new TransportResponse(status,
            ResponseHeaders.builder().add("Retry-After", "7").build(),
            new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)), answer.length(), null));

    Either<ChatWidgetError, TokenGrant> refresh() {
        return new HttpTokenRefresher(BASE, transport).refresh(CLIENT, REFRESH, UserType.LOCATION);
    }

    static Either<ChatWidgetError, TokenGrant> refreshOver(Transport transport) {
        return new HttpTokenRefresher(BASE, transport, Duration.ofMillis(200)).refresh(CLIENT, REFRESH,
                UserType.LOCATION);
    }

    @Test
    void hands_the_transport_the_refresh_form_for_the_token_endpoint() {
        refresh();

        TransportRequest sent = transport.sent.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).isEqualTo(URI.create("https://services.example.com/oauth/token"));
        assertThat(sent.headers()).containsExactly(new Header("Content-Type", "application/x-www-form-urlencoded"),
                new Header("Accept", "application/json"));
        assertThat(new String(sent.body().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("client_id=app%2F1"
                + "&client_secret=s3cret%26%3D%2B&grant_type=refresh_token&refresh_token=refresh-0%2B%2F%3D"
                + "&user_type=Location");
        assertThat(sent.responseTimeout()).isEqualTo(HttpTokenRefresher.DEFAULT_REQUEST_TIMEOUT);
        assertThat(sent.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(sent.toString()).doesNotContain("s3cret", "refresh-0");
    }

    @Test
    void keeps_the_base_path_before_the_token_path_and_never_connects_longer_than_the_request_may_last() {
        new HttpTokenRefresher(URI.create("http://127.0.0.1:9/prefix/"), transport, Duration.ofSeconds(3))
                .refresh(CLIENT, REFRESH, UserType.COMPANY);

        TransportRequest sent = transport.sent.get(0);
        assertThat(sent.uri().getPath()).isEqualTo("/prefix/oauth/token");
        assertThat(new String(sent.body().orElseThrow(), StandardCharsets.UTF_8)).endsWith("&user_type=Company");
        assertThat(sent.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
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

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_failed_exchange_is_a_transport_failure_that_reached_the_endpoint_as_the_transport_says(boolean connected) {
        ChatWidgetError error = refreshOver(new AnsweringTransport(request -> {
            throw new TransportException("Connection refused", connected, false, null);
        })).getLeft();

        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                t -> assertThat(t.mayHaveReachedServer()).isEqualTo(connected));
        assertThat(error.message()).contains("OAuth token refresh", "/oauth/token", "Connection refused")
                .doesNotContain("s3cret", "refresh-0");
    }

    @Test
    void an_exchange_outliving_the_request_timeout_is_aborted_and_may_have_reached_the_endpoint() {
        AnsweringTransport[] self = new AnsweringTransport[1];
        self[0] = new AnsweringTransport(request -> {
            try {
                self[0].aborted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new TransportException("aborted", true, false, null);
        });

        ChatWidgetError error = refreshOver(self[0]).getLeft();

        assertThat(error.message()).contains("timed out");
        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                t -> assertThat(t.mayHaveReachedServer()).isTrue());
    }

    @Test
    void a_transport_that_throws_anything_yields_a_transport_failure_never_a_throw() {
        Transport throwing = new Transport() {
            @Override
            public Exchange prepare(TransportRequest request) {
                throw new IllegalStateException("Connection pool shut down");
            }

            @Override
            public void close() {
            }
        };

        assertThat(refreshOver(throwing).getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(refreshOver(new AnsweringTransport(request -> {
            throw new IllegalStateException("boom");
        })).getLeft()).isInstanceOf(TransportFailure.class);
    }

    @Test
    void an_oversized_answer_is_an_unexpected_response_that_quotes_nothing() {
        answer = "x".repeat(HttpTokenRefresher.MAX_RESPONSE_BYTES + 1);

        assertThat(refresh().getLeft()).isInstanceOfSatisfying(UnexpectedResponse.class, u -> {
            assertThat(u.message()).contains("exceeds");
            assertThat(u.excerpt()).isEmpty();
        });
    }

    @Test
    void rejects_a_missing_transport_or_a_request_timeout_that_is_not_positive() {
        assertThatThrownBy(() -> new HttpTokenRefresher(BASE, null)).hasMessageContaining("transport");
        assertThatThrownBy(() -> new HttpTokenRefresher(BASE, transport, Duration.ZERO))
                .hasMessageContaining("requestTimeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://services.leadconnectorhq.com", "http://127.example.com", "ftp://127.0.0.1",
            "https://user:pw@example.com", "https://example.com?x=1", "/relative", "http://10.0.0.1"})
    void refuses_a_base_uri_that_could_leak_the_secret(String uri) {
        assertThatThrownBy(() -> new HttpTokenRefresher(URI.create(uri), transport)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://services.leadconnectorhq.com", "http://localhost:8080", "http://127.0.0.1:1",
            "http://127.1.2.3", "http://[::1]:9000"})
    void accepts_https_and_loopback_http(String uri) {
        assertThat(new HttpTokenRefresher(URI.create(uri), transport).toString()).endsWith("/oauth/token]");
    }

    @Test
    void to_string_shows_the_endpoint_only() {
        assertThat(new HttpTokenRefresher(HttpTokenRefresher.HIGHLEVEL, transport).toString())
                .isEqualTo("HttpTokenRefresher[https://services.leadconnectorhq.com/oauth/token]");
        assertThat(Optional.of(CLIENT).toString()).doesNotContain("s3cret");
    }
}
