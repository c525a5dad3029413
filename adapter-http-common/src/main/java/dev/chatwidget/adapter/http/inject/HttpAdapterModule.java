package dev.chatwidget.adapter.http.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.http.HttpCallHandler;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.Transport;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.inject.Adapter;
import dev.chatwidget.core.inject.CoreModule;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.TokenProvider;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every HTTP adapter's module binds, written once: the core; the token provider (default: the config's,
 * replace it with {@code OptionalBinder.setBinding}), which the core's auth step asks; the end of the chain, an
 * {@link HttpCallHandler} over the adapter's transport (bound as {@code @ForChatWidgets HttpCallHandler} and closed
 * by {@code ChatWidgetsResources}); and the client-side token bucket. Each adapter's final module only names its
 * transport.
 */
public abstract class HttpAdapterModule extends AbstractModule {

    private final HttpConfig config;
    private final Function<HttpConfig, Transport> transport;

    protected HttpAdapterModule(HttpConfig config, Function<HttpConfig, Transport> transport) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    @Override
    protected final void configure() {
        install(new CoreModule());
        OptionalBinder.newOptionalBinder(binder(), TokenProvider.class).setDefault().toInstance(config.tokenProvider());
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class).addBinding()
                .to(Key.get(HttpCallHandler.class, ForChatWidgets.class));
    }

    @Provides
    @Singleton
    @ForChatWidgets
    final HttpCallHandler httpCallHandler() {
        return new HttpCallHandler(config, transport.apply(config));
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
