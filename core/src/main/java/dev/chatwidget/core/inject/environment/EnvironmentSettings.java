package dev.chatwidget.core.inject.environment;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the environment chose, resolved and checked: the adapter's name, the service's base URL and the token (if
 * one was given). {@code variables} reads any further setting an adapter wants (environment first, then system
 * properties). {@link #toString()} never shows the token.
 *
 * @param origin where the adapter's name came from, e.g. {@code CHATWIDGET_ADAPTER}, for messages
 */
public record EnvironmentSettings(String adapter, String origin, URI baseUrl, Optional<AccessToken> token,
                                  Function<String, Optional<String>> variables) {

    public EnvironmentSettings {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(baseUrl, "baseUrl");
        token = token == null ? Optional.empty() : token;
        variables = variables == null ? name -> Optional.empty() : variables;
    }

    /** The token; only call it from an adapter whose provider says it needs one (it was checked then). */
    public AccessToken requireToken() {
        return token.orElseThrow(() -> new ChatWidgetsConfigurationException(
                "The " + adapter + " adapter needs a token: set " + ChatWidgetsEnvironment.TOKEN_VARIABLE));
    }

    /** Any other setting by name. */
    public Optional<String> variable(String name) {
        return variables.apply(name);
    }

    @Override
    public String toString() {
        return "EnvironmentSettings[adapter=" + adapter + ", origin=" + origin + ", baseUrl=" + baseUrl + ", token="
                + (token.isPresent() ? "****" : "none") + "]";
    }
}
