package dev.chatwidget.spring.boot;

import dev.chatwidget.core.call.HighLevelApi;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code highlevel.chat-widget.*} properties. Checked when the context starts ({@link PropertyChecks}); a bad
 * value stops it with a message naming the property. {@link #toString()} never shows the token or client secret.
 *
 * @param adapter    {@code apache}, {@code jersey}, {@code jdk} or {@code inmemory}; default: the HTTP adapter on the
 *                   classpath (in that order of preference), else {@code inmemory}
 * @param baseUrl    the service; https, or http on a loopback host (tests and fakes)
 * @param apiVersion the {@code Version} header sent with every call
 * @param token      a private integration token or a location access token (or configure {@code oauth})
 * @param oauth      an OAuth app whose tokens are refreshed and kept in a token store
 * @param timeouts   connect, response (read-idle) and whole-call timeouts
 * @param retry      how often and how patiently a failed call is retried
 * @param rateLimit  the client-side limiter that keeps calls under the service's burst limit
 */
@ConfigurationProperties(ChatWidgetProperties.PREFIX)
public record ChatWidgetProperties(
        String adapter,
        @DefaultValue(HighLevelApi.BASE_URL) URI baseUrl,
        @DefaultValue("v3") String apiVersion,
        String token,
        @DefaultValue OAuth oauth,
        @DefaultValue Timeouts timeouts,
        @DefaultValue Retry retry,
        @DefaultValue RateLimit rateLimit) {

    /** Where every property of this starter lives. */
    public static final String PREFIX = "highlevel.chat-widget";

    @Override
    public String toString() {
        return "ChatWidgetProperties[adapter=" + adapter + ", baseUrl=" + baseUrl + ", apiVersion=" + apiVersion
                + ", token=" + Masked.of(token) + ", oauth=" + oauth + ", timeouts=" + timeouts + ", retry=" + retry
                + ", rateLimit=" + rateLimit + "]";
    }

    /**
     * An OAuth app (used when {@code client-id} is set).
     *
     * @param clientId        the app's client id
     * @param clientSecret    the app's client secret
     * @param tokenStore      where refreshed tokens are kept: {@code inmemory}, {@code file}, {@code redis}
     *                        (chat-widget-adapter-redis) or {@code jdbc} (chat-widget-adapter-jdbc, on the
     *                        application's {@code DataSource})
     * @param tokenFile       the file of the {@code file} store
     * @param defaultLocation the location whose token serves calls that name none; the health check reads it
     * @param redisUrl        the Redis of the {@code redis} store, e.g. {@code redis://redis.internal:6379/0}
     * @param jdbcTable       the table of the {@code jdbc} store
     * @param jdbcCreateTable whether the {@code jdbc} store creates its table at start-up if it is missing
     */
    public record OAuth(String clientId, String clientSecret, @DefaultValue("inmemory") TokenStoreKind tokenStore,
                        Path tokenFile, String defaultLocation, String redisUrl,
                        @DefaultValue("chat_widget_tokens") String jdbcTable,
                        @DefaultValue("false") boolean jdbcCreateTable) {

        /** Whether an OAuth app is configured. */
        public boolean configured() {
            return clientId != null && !clientId.isBlank();
        }

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=" + Masked.of(clientSecret) + ", tokenStore="
                    + tokenStore + ", tokenFile=" + tokenFile + ", defaultLocation=" + defaultLocation
                    + ", redisUrl=" + (redisUrl == null ? null : Masked.of(redisUrl)) + ", jdbcTable=" + jdbcTable + "]";
        }
    }

    /** The token stores this starter can build; a {@code TokenStore} bean of your own replaces it. */
    public enum TokenStoreKind { INMEMORY, FILE, REDIS, JDBC }

    /**
     * Timeouts; the earliest deadline always wins.
     *
     * @param connect  to establish a connection
     * @param response of inactivity while waiting for the response
     * @param attempt  for one attempt (one request and its response)
     * @param call     for the whole call: every attempt, backoff and rate-limit wait included
     */
    public record Timeouts(@DefaultValue("10s") Duration connect, @DefaultValue("30s") Duration response,
                           @DefaultValue("10s") Duration attempt, @DefaultValue("30s") Duration call) {
    }

    /**
     * Retries with exponential backoff and full jitter.
     *
     * @param maxAttempts attempts in all, the first included (1: no retry)
     * @param baseDelay   the backoff ceiling after the first failed attempt
     * @param maxDelay    the cap on any backoff ceiling
     */
    public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("500ms") Duration baseDelay,
                        @DefaultValue("8s") Duration maxDelay) {
    }

    /**
     * The client-side rate limiter (a token bucket per location, the documented 100 requests per 10 s, adapting to
     * what the service reports).
     *
     * @param enabled false to send without waiting for a permit (the service's 429s are still retried)
     */
    public record RateLimit(@DefaultValue("true") boolean enabled) {
    }
}
