package dev.chatwidget.adapter.http.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.http.HttpCallHandler;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.adapter.http.TransportSettings;
import dev.chatwidget.adapter.http.oauth.HttpTokenRefresher;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.inject.Adapter;
import dev.chatwidget.core.inject.CoreModule;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenRefresher;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every HTTP adapter's module binds, written once: the core; the token provider (default: the config's,
 * replace it with {@code OptionalBinder.setBinding}; without either the injector refuses to start), which the
 * core's auth step asks; the adapter's one transport ({@code @ForChatWidgets Transport}), which carries both the
 * calls, through the {@link HttpCallHandler} at the end of the chain, and the OAuth refreshes, through the
 * {@code @ForChatWidgets TokenRefresher} (an {@link HttpTokenRefresher} on the config's base URI) an OAuth token
 * provider takes; and the client-side token bucket. The handler is bound as {@code @ForChatWidgets HttpCallHandler}
 * and closed, with the transport, by {@code ChatWidgetsResources}. Each adapter's final module only names its
 * transport.
 */
public abstract class HttpAdapterModule extends AbstractModule {

    private final HttpConfig config;
    private final Function<TransportSettings, Transport> transport;

    protected HttpAdapterModule(HttpConfig config, Function<TransportSettings, Transport> transport) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    @Override
    protected final void configure() {
        install(new CoreModule());
        config.tokenProvider().ifPresent(tokens ->
                OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setDefault().toInstance(tokens));
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class).addBinding()
                .to(Key.get(HttpCallHandler.class, ForChatWidgets.class));
    }

    /**
     * Closed by the handler (and so once, by {@code ChatWidgetsResources}), after the last call and refresh. Without
     * a token provider it is never built: the injector that refuses to start leaves no client, pool or thread
     * behind. (Asking only whether a provider is bound, not for it, keeps an OAuth provider that refreshes through
     * this transport free of a cycle.)
     */
    @Provides
    @Singleton
    @ForChatWidgets
    final Transport transport(Optional<Provider<TokenProvider>> tokens) {
        if (tokens.isEmpty()) {
            throw new IllegalStateException("no TokenProvider: build the HttpConfig with HttpConfig.builder(tokens), "
                    + "or bind one with OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setBinding()");
        }
        return transport.apply(config.transportSettings());
    }

    @Provides
    @Singleton
    @ForChatWidgets
    final HttpCallHandler httpCallHandler(@ForChatWidgets Transport shared) {
        return new HttpCallHandler(config, shared);
    }

    /** Refreshes OAuth tokens at {@code {baseUri}/oauth/token} through the adapter's transport. */
    @Provides
    @Singleton
    @ForChatWidgets
    final TokenRefresher tokenRefresher(@ForChatWidgets Transport shared) {
        return new HttpTokenRefresher(config.baseUri(), shared);
    }

    @Provides
    @Singleton
    @Adapter
    final CallHandler handler(@ForChatWidgets HttpCallHandler handler) {
        return handler;
    }

    /** The real service limits every app per location: wait for a permit rather than provoke 429s. */
    @Provides
    @Singleton
    @Adapter
    final RateLimiter rateLimiter(@ForChatWidgets TokenBucketRateLimiter bucket) {
        return bucket;
    }
}
