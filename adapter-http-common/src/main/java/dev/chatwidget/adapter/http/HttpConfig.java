package dev.chatwidget.adapter.http;

import dev.chatwidget.core.call.HighLevelApi;
import dev.chatwidget.core.port.out.TokenProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration both HTTP adapters take. Build it with {@link #builder(TokenProvider)}; every value is checked
 * there and a bad one is an {@link IllegalArgumentException} naming the field. {@link #toString()} never shows a
 * token.
 *
 * @param baseUri            https, or http on a loopback host (localhost, 127.0.0.0/8, ::1) for tests and fakes
 * @param apiVersion         the {@code Version} header
 * @param tokenProvider      the credentials: the default {@code TokenProvider} of the adapter's module and of the
 *                           bare gateway
 * @param connectTimeout     to establish a connection (the transport's; the call and attempt timeouts are the
 *                           retry policy's)
 * @param responseTimeout    of inactivity while waiting for the response
 * @param userAgentSuffix    appended to {@code chat-widget-java/<version>}
 * @param maxResponseBytes   a larger response body is an {@code UnexpectedResponse}, never read whole
 */
public record HttpConfig(
        URI baseUri,
        TokenProvider tokenProvider,
        String apiVersion,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxConnections,
        int maxConnectionsPerRoute,
        Optional<String> userAgentSuffix,
        int maxResponseBytes) {

    public static final URI DEFAULT_BASE_URI = URI.create(HighLevelApi.BASE_URL);
    public static final String DEFAULT_API_VERSION = "v3";
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    public HttpConfig {
        baseUri = checkBaseUri(baseUri);
        require(tokenProvider != null, "tokenProvider must be set");
        require(apiVersion != null && !apiVersion.isBlank(), "apiVersion must not be blank");
        HeaderValues.require("apiVersion", apiVersion);
        positive("connectTimeout", connectTimeout);
        positive("responseTimeout", responseTimeout);
        require(maxConnections > 0, "maxConnections must be positive (was " + maxConnections + ")");
        require(maxConnectionsPerRoute > 0 && maxConnectionsPerRoute <= maxConnections,
                "maxConnectionsPerRoute must be between 1 and maxConnections (was " + maxConnectionsPerRoute + ")");
        userAgentSuffix = userAgentSuffix == null ? Optional.empty() : userAgentSuffix;
        userAgentSuffix.ifPresent(s -> HeaderValues.require("userAgentSuffix", s));
        require(maxResponseBytes > 0, "maxResponseBytes must be positive (was " + maxResponseBytes + ")");
    }

    public static Builder builder(TokenProvider tokenProvider) {
        return new Builder(tokenProvider);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "HttpConfig[baseUri=" + baseUri + ", tokenProvider=" + tokenProvider.getClass().getSimpleName()
                + "(****), apiVersion=" + apiVersion + ", connectTimeout=" + connectTimeout + ", responseTimeout="
                + responseTimeout + ", maxConnections=" + maxConnections
                + ", maxConnectionsPerRoute=" + maxConnectionsPerRoute + ", userAgentSuffix="
                + userAgentSuffix.orElse("") + ", maxResponseBytes=" + maxResponseBytes + "]";
    }

    private static URI checkBaseUri(URI uri) {
        require(uri != null, "baseUri must be set");
        require(uri.isAbsolute() && uri.getHost() != null, "baseUri must be an absolute URI with a host (was " + uri + ")");
        require(uri.getRawUserInfo() == null, "baseUri must not carry user info");
        require(uri.getRawQuery() == null && uri.getRawFragment() == null, "baseUri must not have a query or fragment");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        require(scheme.equals("https") || (scheme.equals("http") && LoopbackHosts.isLoopback(uri.getHost())),
                "baseUri must use https (http is allowed only for localhost, 127.0.0.0/8 and ::1; was " + uri + ")");
        return uri;
    }

    private static void positive(String field, Duration value) {
        require(value != null && !value.isNegative() && !value.isZero(), field + " must be a positive duration");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds an {@link HttpConfig}; defaults suit the real service. */
    public static final class Builder {
        private URI baseUri = DEFAULT_BASE_URI;
        private TokenProvider tokenProvider;
        private String apiVersion = DEFAULT_API_VERSION;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private int maxConnections = 50;
        private int maxConnectionsPerRoute = 20;
        private Optional<String> userAgentSuffix = Optional.empty();
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder(TokenProvider tokenProvider) {
            this.tokenProvider = tokenProvider;
        }

        private Builder(HttpConfig c) {
            this(c.tokenProvider);
            baseUri = c.baseUri;
            apiVersion = c.apiVersion;
            connectTimeout = c.connectTimeout;
            responseTimeout = c.responseTimeout;
            maxConnections = c.maxConnections;
            maxConnectionsPerRoute = c.maxConnectionsPerRoute;
            userAgentSuffix = c.userAgentSuffix;
            maxResponseBytes = c.maxResponseBytes;
        }

        public Builder baseUri(URI value) {
            baseUri = value;
            return this;
        }

        public Builder baseUri(String value) {
            try {
                return baseUri(URI.create(Objects.requireNonNull(value, "baseUri")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("baseUri is not a valid URI: " + e.getMessage(), e);
            }
        }

        public Builder tokenProvider(TokenProvider value) {
            tokenProvider = value;
            return this;
        }

        public Builder apiVersion(String value) {
            apiVersion = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        public Builder maxConnections(int total, int perRoute) {
            maxConnections = total;
            maxConnectionsPerRoute = perRoute;
            return this;
        }

        public Builder userAgentSuffix(String value) {
            userAgentSuffix = Optional.ofNullable(value);
            return this;
        }

        public Builder maxResponseBytes(int value) {
            maxResponseBytes = value;
            return this;
        }

        public HttpConfig build() {
            return new HttpConfig(baseUri, tokenProvider, apiVersion, connectTimeout, responseTimeout, maxConnections,
                    maxConnectionsPerRoute, userAgentSuffix, maxResponseBytes);
        }
    }
}
