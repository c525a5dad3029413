package dev.chatwidget.adapter.http;

import dev.chatwidget.core.call.HighLevelApi;
import dev.chatwidget.core.port.out.TokenProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration every HTTP adapter takes. Build it with {@link #builder(TokenProvider)}, or with
 * {@link #builder()} when the token provider is bound in Guice; every value is checked there and a bad one is an
 * {@link IllegalArgumentException} naming the field. {@link #toString()} never shows a token.
 *
 * @param baseUri            https, or http on a loopback host (localhost, 127.0.0.0/8, ::1) for tests and fakes
 * @param tokenProvider      the credentials: the default {@code TokenProvider} of the adapter's module, and the one
 *                           of the bare gateway (which needs it); empty when a Guice binding supplies it
 * @param apiVersion         the {@code Version} header
 * @param transportSettings  what the transport is built from (connect and response timeouts, pool sizes); the call
 *                           and attempt timeouts are the retry policy's
 * @param userAgentSuffix    appended to {@code chat-widget-java/<version>}
 * @param maxResponseBytes   a larger response body is an {@code UnexpectedResponse}, never read whole
 */
public record HttpConfig(
        URI baseUri,
        Optional<TokenProvider> tokenProvider,
        String apiVersion,
        TransportSettings transportSettings,
        Optional<String> userAgentSuffix,
        int maxResponseBytes) {

    public static final URI DEFAULT_BASE_URI = URI.create(HighLevelApi.BASE_URL);
    public static final String DEFAULT_API_VERSION = "v3";
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

    public HttpConfig {
        baseUri = checkBaseUri(baseUri);
        tokenProvider = tokenProvider == null ? Optional.empty() : tokenProvider;
        require(apiVersion != null && !apiVersion.isBlank(), "apiVersion must not be blank");
        HeaderValues.require("apiVersion", apiVersion);
        require(transportSettings != null, "transportSettings must be set");
        userAgentSuffix = userAgentSuffix == null ? Optional.empty() : userAgentSuffix;
        userAgentSuffix.ifPresent(s -> HeaderValues.require("userAgentSuffix", s));
        require(maxResponseBytes > 0, "maxResponseBytes must be positive (was " + maxResponseBytes + ")");
    }

    /** A builder with the credentials every call sends. */
    public static Builder builder(TokenProvider tokenProvider) {
        require(tokenProvider != null, "tokenProvider must be set (or use builder() and bind one in Guice)");
        return new Builder(Optional.of(tokenProvider));
    }

    /**
     * A builder without credentials, for an adapter module whose {@code TokenProvider} is bound with
     * {@code OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding()}; the injector refuses to
     * start without one.
     */
    public static Builder builder() {
        return new Builder(Optional.empty());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "HttpConfig[baseUri=" + baseUri + ", tokenProvider="
                + tokenProvider.map(t -> t.getClass().getSimpleName() + "(****)").orElse("bound elsewhere")
                + ", apiVersion=" + apiVersion + ", " + transportSettings + ", userAgentSuffix="
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

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds an {@link HttpConfig}; defaults suit the real service. */
    public static final class Builder {
        private URI baseUri = DEFAULT_BASE_URI;
        private Optional<TokenProvider> tokenProvider;
        private String apiVersion = DEFAULT_API_VERSION;
        private Duration connectTimeout = TransportSettings.DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = TransportSettings.DEFAULT_RESPONSE_TIMEOUT;
        private int maxConnections = TransportSettings.DEFAULT_MAX_CONNECTIONS;
        private int maxConnectionsPerRoute = TransportSettings.DEFAULT_MAX_CONNECTIONS_PER_ROUTE;
        private Optional<String> userAgentSuffix = Optional.empty();
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder(Optional<TokenProvider> tokenProvider) {
            this.tokenProvider = tokenProvider;
        }

        private Builder(HttpConfig c) {
            this(c.tokenProvider);
            baseUri = c.baseUri;
            apiVersion = c.apiVersion;
            transportSettings(c.transportSettings);
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
            tokenProvider = Optional.ofNullable(value);
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

        /** All four transport settings at once (the ones a transport given to the gateway was built from). */
        public Builder transportSettings(TransportSettings value) {
            Objects.requireNonNull(value, "transportSettings");
            connectTimeout = value.connectTimeout();
            responseTimeout = value.responseTimeout();
            return maxConnections(value.maxConnections(), value.maxConnectionsPerRoute());
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
            return new HttpConfig(baseUri, tokenProvider, apiVersion,
                    new TransportSettings(connectTimeout, responseTimeout, maxConnections, maxConnectionsPerRoute),
                    userAgentSuffix, maxResponseBytes);
        }
    }
}
