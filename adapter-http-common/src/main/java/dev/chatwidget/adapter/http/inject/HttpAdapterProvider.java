package dev.chatwidget.adapter.http.inject;

import com.google.inject.Module;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.inject.environment.AdapterProvider;
import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import dev.chatwidget.core.inject.environment.EnvironmentSettings;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;

/** Offers an HTTP adapter to {@code ChatWidgetsEnvironment}: needs a token, takes the base URL from settings. */
public abstract class HttpAdapterProvider implements AdapterProvider {

    private final String name;
    private final Function<HttpConfig, Module> module;

    protected HttpAdapterProvider(String name, Function<HttpConfig, Module> module) {
        this.name = Objects.requireNonNull(name, "name");
        this.module = Objects.requireNonNull(module, "module");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean needsToken() {
        return true;
    }

    @Override
    public final Module module(EnvironmentSettings settings) {
        AccessToken token = settings.requireToken();
        try {
            return module.apply(HttpConfig.builder(location -> Either.right(token)).baseUri(settings.baseUrl()).build());
        } catch (IllegalArgumentException e) {
            throw new ChatWidgetsConfigurationException("The " + name + " adapter cannot use base URL "
                    + settings.baseUrl() + ": " + e.getMessage());
        }
    }
}
