package dev.chatwidget.spring.boot;

import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import dev.chatwidget.core.port.out.TokenProvider;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns the properties into the library's own values, whose constructors hold the rules (https or loopback http,
 * positive timeouts, ...), and re-words each rule's complaint with the property's name, so a bad value stops the
 * context with a message saying exactly what to fix.
 */
final class PropertyChecks {

    private static final String P = ChatWidgetProperties.PREFIX + ".";

    /** The library's field names, as its messages begin, and the properties that set them. */
    private static final Map<String, String> PROPERTY_OF_FIELD = Map.of(
            "baseUri", "base-url",
            "apiVersion", "api-version",
            "connectTimeout", "timeouts.connect",
            "responseTimeout", "timeouts.response",
            "callTimeout", "timeouts.call",
            "attemptTimeout", "timeouts.attempt",
            "maxAttempts", "retry.max-attempts",
            "baseDelay", "retry.base-delay",
            "maxDelay", "retry.max-delay");

    private PropertyChecks() {
    }

    static RetryPolicy retryPolicy(ChatWidgetProperties properties) {
        ChatWidgetProperties.Retry retry = properties.retry();
        positive("timeouts.call", properties.timeouts().call());
        positive("timeouts.attempt", properties.timeouts().attempt());
        return checked(() -> RetryPolicy.builder().maxAttempts(retry.maxAttempts()).baseDelay(retry.baseDelay())
                .maxDelay(retry.maxDelay()).callTimeout(properties.timeouts().call())
                .attemptTimeout(properties.timeouts().attempt()).build());
    }

    static HttpConfig httpConfig(ChatWidgetProperties properties, TokenProvider tokens) {
        positive("timeouts.connect", properties.timeouts().connect());
        positive("timeouts.response", properties.timeouts().response());
        return checked(() -> HttpConfig.builder(tokens).baseUri(properties.baseUrl())
                .apiVersion(properties.apiVersion()).connectTimeout(properties.timeouts().connect())
                .responseTimeout(properties.timeouts().response()).build());
    }

    /** An HTTP adapter needs credentials: a static token, or a whole OAuth app. */
    static void credentials(ChatWidgetProperties properties, ChatWidgetAdapter adapter) {
        ChatWidgetProperties.OAuth oauth = properties.oauth();
        boolean token = properties.token() != null && !properties.token().isBlank();
        if (token && oauth.configured()) {
            throw new ChatWidgetsConfigurationException("set either " + P + "token or " + P
                    + "oauth.client-id, not both");
        }
        if (!token && !oauth.configured()) {
            throw new ChatWidgetsConfigurationException(P + "token must be set (a private integration token or a "
                    + "location access token), or " + P + "oauth.client-id and " + P + "oauth.client-secret, for the "
                    + adapter.propertyValue() + " adapter");
        }
        if (oauth.configured() && (oauth.clientSecret() == null || oauth.clientSecret().isBlank())) {
            throw new ChatWidgetsConfigurationException(P + "oauth.client-secret must be set when " + P
                    + "oauth.client-id is");
        }
        if (oauth.configured() && oauth.tokenStore() == ChatWidgetProperties.TokenStoreKind.FILE
                && oauth.tokenFile() == null) {
            throw new ChatWidgetsConfigurationException(P + "oauth.token-file must be set when " + P
                    + "oauth.token-store is file");
        }
    }

    private static void positive(String property, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new ChatWidgetsConfigurationException(P + property + " must be a positive duration (was " + value
                    + ")");
        }
    }

    private static <T> T checked(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ChatWidgetsConfigurationException(reworded(e.getMessage()));
        }
    }

    /** "baseUri must use https (...)" becomes "highlevel.chat-widget.base-url must use https (...)". */
    private static String reworded(String message) {
        for (Map.Entry<String, String> field : PROPERTY_OF_FIELD.entrySet()) {
            if (message.startsWith(field.getKey() + " ")) {
                return P + field.getValue() + message.substring(field.getKey().length());
            }
        }
        return ChatWidgetProperties.PREFIX + ": " + message;
    }
}
