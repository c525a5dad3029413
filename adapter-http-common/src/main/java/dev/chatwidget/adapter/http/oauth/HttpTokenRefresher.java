package dev.chatwidget.adapter.http.oauth;

import dev.chatwidget.adapter.http.BoundedBody;
import dev.chatwidget.adapter.http.DeadlineWatchdog;
import dev.chatwidget.adapter.http.Exchange;
import dev.chatwidget.adapter.http.Header;
import dev.chatwidget.adapter.http.ResponseTooLargeException;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportException;
import dev.chatwidget.adapter.http.TransportFailures;
import dev.chatwidget.adapter.http.TransportRequest;
import dev.chatwidget.adapter.http.TransportResponse;
import dev.chatwidget.core.call.HighLevelApi;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.TokenRefresher;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes OAuth tokens at HighLevel's token endpoint ({@code POST {baseUri}/oauth/token}, form-encoded) through
 * a {@link Transport}: the adapter's own, so its pool, timeouts, proxy and TLS setup carry the refresh as they carry
 * every call. The base URI must be https unless its host is loopback (for test servers). It never closes the
 * transport: whoever built the transport does (the gateway or the Guice module's resources).
 */
public final class HttpTokenRefresher implements TokenRefresher {

    /** HighLevel's API base URI, which serves the token endpoint too. */
    public static final URI HIGHLEVEL = URI.create(HighLevelApi.BASE_URL);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** A grant is a few hundred bytes; a body far larger is no grant and is not read whole. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final List<Header> HEADERS = List.of(
            new Header("Content-Type", "application/x-www-form-urlencoded"), new Header("Accept", "application/json"));
    private static final Logger LOG = LoggerFactory.getLogger(HttpTokenRefresher.class);

    private final URI tokenUri;
    private final Transport transport;
    private final Duration requestTimeout;

    /** A refresher sending through {@code transport}, each refresh limited to {@link #DEFAULT_REQUEST_TIMEOUT}. */
    public HttpTokenRefresher(URI baseUri, Transport transport) {
        this(baseUri, transport, DEFAULT_REQUEST_TIMEOUT);
    }

    /** A refresher sending through {@code transport}, each refresh (connect to last byte) limited to {@code requestTimeout}. */
    public HttpTokenRefresher(URI baseUri, Transport transport, Duration requestTimeout) {
        this.tokenUri = TokenEndpointUri.of(baseUri);
        this.transport = Objects.requireNonNull(transport, "transport");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }

    @Override
    public Either<ChatWidgetError, TokenGrant> refresh(ClientCredentials credentials, RefreshToken refreshToken,
                                                       UserType userType) {
        String form = field("client_id", credentials.clientId()) + "&" + field("client_secret", credentials.clientSecret())
                + "&" + field("grant_type", "refresh_token") + "&" + field("refresh_token", refreshToken.reveal())
                + "&" + field("user_type", userType.wireValue());
        Duration connectTimeout = requestTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? requestTimeout : MAX_CONNECT_TIMEOUT;
        TransportRequest request = new TransportRequest("POST", tokenUri, HEADERS,
                Optional.of(form.getBytes(StandardCharsets.UTF_8)), connectTimeout, requestTimeout);
        Either<ChatWidgetError, TokenGrant> grant = send(request);
        if (grant.isLeft()) {
            LOG.warn("OAuth token refresh at {} failed: {}", tokenUri, grant.getLeft().message());
        } else {
            LOG.debug("OAuth token refreshed at {} (location {}, expires in {})", tokenUri,
                    grant.get().locationId().map(Object::toString).orElse("-"), grant.get().expiresIn());
        }
        return grant;
    }

    /** One exchange, bounded by the shared watchdog; nothing the transport throws gets past it. */
    private Either<ChatWidgetError, TokenGrant> send(TransportRequest request) {
        DeadlineWatchdog.Guard guard = null;
        try {
            Exchange exchange = transport.prepare(request);
            guard = DeadlineWatchdog.shared().guard(exchange, requestTimeout);
            try (TransportResponse response = exchange.execute()) {
                int status = response.status();
                byte[] body = BoundedBody.read(response.body(), response.declaredLength(), MAX_RESPONSE_BYTES, status,
                        response.headers());
                return GrantDecoder.decode(status, new String(body, StandardCharsets.UTF_8),
                        response.headers().first("Retry-After"));
            }
        } catch (ResponseTooLargeException e) {
            return Either.left(new UnexpectedResponse(e.status(), "the OAuth token endpoint's answer exceeds "
                    + MAX_RESPONSE_BYTES + " bytes", "", Optional.empty()));
        } catch (IOException | RuntimeException e) {
            TransportException failure = TransportFailures.classify(e);
            TransportFailure error = TransportFailures.asError(failure, guard != null && guard.expired());
            return Either.left(TransportFailure.of("OAuth token refresh at the token endpoint " + tokenUri + " "
                    + error.message(), error.mayHaveReachedServer()));
        } finally {
            if (guard != null) {
                guard.close();
            }
        }
    }

    @Override
    public String toString() {
        return "HttpTokenRefresher[" + tokenUri + "]";
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
