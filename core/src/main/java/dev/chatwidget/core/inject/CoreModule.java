package dev.chatwidget.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.core.application.ChatWidgetService;
import dev.chatwidget.core.application.resilience.ResilientGateway;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.port.out.TokenProvider;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * The core: the validating facade over the adapter's gateway wrapped in the retry and rate-limit decorators. An
 * adapter module installs it and binds {@code @Adapter ChatWidgetGateway} and {@code @Adapter RateLimiter} (the
 * limiter that suits it: the token bucket for HTTP, none for the in-memory fake).
 *
 * <p>Extension points, each replaceable with {@code OptionalBinder.newOptionalBinder(binder(), key).setBinding()}
 * or with {@code Modules.override}: {@code @ForChatWidgets Clock} (default: the UTC system clock),
 * {@link RetryPolicy} ({@link RetryPolicy#defaults()}), {@link RateLimiter} (the adapter's), the
 * {@link RateLimitListener} the adapter tells the service's reported limits (the token bucket), {@link RetryListener}
 * (none), {@link Sleeper} (the system's), {@code @ForChatWidgets RandomGenerator} (for backoff jitter) and
 * {@link TokenProvider} (HTTP adapters set its default from their config).
 */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, ForChatWidgets.class))
                .setDefault().toInstance(Clock.systemUTC());
        OptionalBinder.newOptionalBinder(binder(), RetryPolicy.class).setDefault().toInstance(RetryPolicy.defaults());
        OptionalBinder.newOptionalBinder(binder(), RetryListener.class).setDefault().toInstance(RetryListener.NONE);
        OptionalBinder.newOptionalBinder(binder(), Sleeper.class).setDefault().toInstance(Sleeper.system());
        OptionalBinder.newOptionalBinder(binder(), Key.get(RandomGenerator.class, ForChatWidgets.class))
                .setDefault().to(Key.get(SecureRandom.class, ForChatWidgets.class));
        OptionalBinder.newOptionalBinder(binder(), RateLimiter.class)
                .setDefault().to(Key.get(RateLimiter.class, Adapter.class));
        OptionalBinder.newOptionalBinder(binder(), RateLimitListener.class)
                .setDefault().to(Key.get(TokenBucketRateLimiter.class, ForChatWidgets.class));
        OptionalBinder.newOptionalBinder(binder(), TokenProvider.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class);
        bind(ChatWidgetsResources.class);
    }

    /** The documented 100 requests per 10 s per location, adapting to what the service reports. */
    @Provides
    @Singleton
    @ForChatWidgets
    TokenBucketRateLimiter tokenBucket(@ForChatWidgets Clock clock, Sleeper sleeper) {
        return new TokenBucketRateLimiter(clock, sleeper);
    }

    @Provides
    @Singleton
    @ForChatWidgets
    SecureRandom random() {
        return new SecureRandom();
    }

    /** The gateway the facade calls: retries around rate limiting around the adapter's gateway. */
    @Provides
    @Singleton
    @ForChatWidgets
    ChatWidgetGateway gateway(@Adapter ChatWidgetGateway adapter, RetryPolicy policy, RateLimiter limiter,
                              @ForChatWidgets Clock clock, Sleeper sleeper,
                              @ForChatWidgets RandomGenerator random, RetryListener listener) {
        return ResilientGateway.wrap(adapter, policy, limiter, clock, sleeper, random, listener);
    }

    @Provides
    @Singleton
    ChatWidgets chatWidgets(@ForChatWidgets ChatWidgetGateway gateway) {
        return new ChatWidgetService(gateway);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoreModule;
    }

    @Override
    public int hashCode() {
        return CoreModule.class.hashCode();
    }
}
