package dev.chatwidget.adapter.http.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.inject.Adapter;
import dev.chatwidget.core.inject.CoreModule;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.TokenProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every HTTP adapter's module binds, written once: the core, the token provider (default: the config's,
 * replace it with {@code OptionalBinder.setBinding}), the adapter's closeable gateway (bound only as
 * {@code @ForChatWidgets CloseableGateway} and closed by {@code ChatWidgetsResources}), told the injector's clock and
 * rate-limit listener, and the client-side token bucket. Each adapter's final module only names its factory.
 */
public abstract class HttpAdapterModule extends AbstractModule {

    private final HttpConfig config;
    private final Function<HttpConfig, CloseableGateway> factory;

    protected HttpAdapterModule(HttpConfig config, Function<HttpConfig, CloseableGateway> factory) {
        this.config = Objects.requireNonNull(config, "config");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    protected final void configure() {
        install(new CoreModule());
        OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setDefault().toInstance(config.tokenProvider());
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class).addBinding()
                .to(Key.get(CloseableGateway.class, ForChatWidgets.class));
    }

    @Provides
    @Singleton
    @ForChatWidgets
    final CloseableGateway closeableGateway(TokenProvider tokens, RateLimitListener listener,
                                            @ForChatWidgets Clock clock) {
        RateLimitListener configured = config.rateLimitListener();
        return factory.apply(config.toBuilder().tokenProvider(tokens).clock(clock)
                .rateLimitListener((location, limits) -> {
                    listener.onRateLimits(location, limits);
                    configured.onRateLimits(location, limits);
                }).build());
    }

    @Provides
    @Singleton
    @Adapter
    final CallHandler handler(@ForChatWidgets CloseableGateway gateway) {
        return gateway.handler();
    }

    /** The real service limits every app per location: wait for a permit rather than provoke 429s. */
    @Provides
    @Singleton
    @Adapter
    final RateLimiter rateLimiter(@ForChatWidgets TokenBucketRateLimiter bucket) {
        return bucket;
    }
}
