package dev.chatwidget.adapter.http.oauth;

import dev.chatwidget.core.call.HighLevelApi;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenRefresher;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes OAuth tokens at HighLevel's token endpoint ({@code POST {baseUri}/oauth/token}, form-encoded) with
 * the JDK's {@link HttpClient}. The base URI must be https unless its host is loopback (for test servers).
 */
public final class HttpTokenRefresher implements TokenRefresher {

    /** HighLevel's API base URI, which serves the token endpoint too. */
    public static final URI HIGHLEVEL = URI.create(HighLevelApi.BASE_URL);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(HttpTokenRefresher.class);

    private final URI tokenUri;
    private final HttpClient client;
    private final Duration requestTimeout;

    /** A refresher with its own client and the default timeouts. */
    public HttpTokenRefresher(URI baseUri) {
        this(baseUri, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect must not carry the secret elsewhere
                .build(), DEFAULT_REQUEST_TIMEOUT);
    }

    /** A refresher on {@code client} (whose connect timeout applies), each request limited to {@code requestTimeout}. */
    public HttpTokenRefresher(URI baseUri, HttpClient client, Duration requestTimeout) {
        this.tokenUri = TokenEndpointUri.of(baseUri);
        this.client = Objects.requireNonNull(client, "client");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }

    @Override
    public Either<ChatWidgetError, TokenGrant> refresh(ClientCredentials credentials, RefreshToken refreshToken,
                                                       UserType userType) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", credentials.clientId());
        form.put("client_secret", credentials.clientSecret());
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken.reveal());
        form.put("user_type", userType.wireValue());
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            return failed("timed out connecting to", "", false);
        } catch (HttpTimeoutException e) {
            return failed("timed out waiting for", "", true);
        } catch (ConnectException e) {
            return failed("could not connect to", "", false);
        } catch (IOException e) {
            return failed("lost the connection to", " (" + e.getClass().getSimpleName() + ")", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("was interrupted waiting for", "", true);
        }
        Either<ChatWidgetError, TokenGrant> grant = GrantDecoder.decode(response.statusCode(), response.body(),
                response.headers().firstValue("Retry-After"));
        if (grant.isLeft()) {
            LOG.warn("OAuth token refresh at {} failed: {}", tokenUri, grant.getLeft().message());
        } else {
            LOG.debug("OAuth token refreshed at {} (location {}, expires in {})", tokenUri,
                    grant.get().locationId().map(Object::toString).orElse("-"), grant.get().expiresIn());
        }
        return grant;
    }

    @Override
    public String toString() {
        return "HttpTokenRefresher[" + tokenUri + "]";
    }

    private Either<ChatWidgetError, TokenGrant> failed(String what, String cause, boolean mayHaveReachedServer) {
        String message = "OAuth token refresh " + what + " the token endpoint " + tokenUri + cause;
        LOG.warn(message);
        return Either.left(TransportFailure.of(message, mayHaveReachedServer));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
