package dev.chatwidget.core.inject.environment;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Parses the settings read from the environment, failing with what to set (and never echoing a token). */
final class SettingValues {

    private SettingValues() {
    }

    static URI baseUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with what to set
        }
        throw new ChatWidgetsConfigurationException(ChatWidgetsEnvironment.BASE_URL_VARIABLE
                + " must be an absolute http(s) URL such as " + ChatWidgetsEnvironment.DEFAULT_BASE_URL
                + ", but is '" + value + "'");
    }

    static AccessToken token(String value) {
        try {
            return new AccessToken(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ChatWidgetsConfigurationException(ChatWidgetsEnvironment.TOKEN_VARIABLE
                    + " is not a usable token (" + e.getMessage()
                    + "): set it to a private integration token or a location access token");
        }
    }

    static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
