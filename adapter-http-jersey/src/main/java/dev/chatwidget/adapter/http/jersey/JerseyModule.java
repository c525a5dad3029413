package dev.chatwidget.adapter.http.jersey;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.inject.Adapter;
import dev.chatwidget.core.inject.CoreModule;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.inject.environment.AdapterProvider;
import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import dev.chatwidget.core.inject.environment.EnvironmentSettings;
import dev.chatwidget.core.port.out.AccessToken;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;

/**
 * The chat widgets over the Jersey (JAX-RS) client, configured by {@code config}. The token provider defaults to the
 * config's (replace it with {@code OptionalBinder.setBinding}); the injector's {@code @ForChatWidgets Clock} and
 * {@code RateLimitListener} (the client-side token bucket, plus the config's own listener) are used. The JAX-RS
 * client is bound only as {@code @ForChatWidgets CloseableGateway} and closed by {@code ChatWidgetsResources}.
 */
public final class JerseyModule extends AbstractModule {

    private final HttpConfig config;

    public JerseyModule(HttpConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new CoreModule());
        OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setDefault().toInstance(config.tokenProvider());
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class).addBinding()
                .to(Key.get(CloseableGateway.class, ForChatWidgets.class));
    }

    @Provides
    @Singleton
    @ForChatWidgets
    CloseableGateway closeableGateway(TokenProvider tokens, RateLimitListener listener, @ForChatWidgets Clock clock) {
        RateLimitListener configured = config.rateLimitListener();
        return JerseyHttpChatWidgets.create(config.toBuilder().tokenProvider(tokens).clock(clock)
                .rateLimitListener((location, limits) -> {
                    listener.onRateLimits(location, limits);
                    configured.onRateLimits(location, limits);
                }).build());
    }

    @Provides
    @Singleton
    @Adapter
    ChatWidgetGateway gateway(@ForChatWidgets CloseableGateway gateway) {
        return gateway;
    }

    /** The real service limits every app per location: wait for a permit rather than provoke 429s. */
    @Provides
    @Singleton
    @Adapter
    RateLimiter rateLimiter(@ForChatWidgets TokenBucketRateLimiter bucket) {
        return bucket;
    }

    /** Offers this adapter to {@code ChatWidgetsEnvironment} as {@code jersey} (listed in META-INF/services). */
    public static final class EnvironmentProvider implements AdapterProvider {

        public static final String NAME = "jersey";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public boolean needsToken() {
            return true;
        }

        @Override
        public Module module(EnvironmentSettings settings) {
            AccessToken token = settings.requireToken();
            try {
                return new JerseyModule(HttpConfig.builder(location -> Either.right(token))
                        .baseUri(settings.baseUrl()).build());
            } catch (IllegalArgumentException e) {
                throw new ChatWidgetsConfigurationException("The " + NAME + " adapter cannot use base URL "
                        + settings.baseUrl() + ": " + e.getMessage());
            }
        }
    }
}
