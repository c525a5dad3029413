package dev.chatwidget.adapter.redis;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.chatwidget.adapter.redis.ratelimit.RedisRateLimiter;
import dev.chatwidget.adapter.redis.ratelimit.SharedRateLimit;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;

/**
 * Replaces the adapter's local rate limiter with one shared by every instance through Redis: install it beside an
 * HTTP adapter's module. Binds the {@link RedisRateLimiter} as the {@link RateLimiter} and as the
 * {@link RateLimitListener} the adapter tells the service's reported limits, and closes it (and its Redis client)
 * with {@code ChatWidgetsResources}.
 */
public final class RedisRateLimitModule extends AbstractModule {

    private final String redisUri;
    private final SharedRateLimit config;

    /** A module for the Redis at {@code redisUri} (e.g. {@code redis://redis.internal:6379/0}). */
    public RedisRateLimitModule(String redisUri, SharedRateLimit config) {
        this.redisUri = Objects.requireNonNull(redisUri, "redisUri");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        Key<RedisRateLimiter> limiter = Key.get(RedisRateLimiter.class, ForChatWidgets.class);
        OptionalBinder.newOptionalBinder(binder(), RateLimiter.class).setBinding().to(limiter);
        OptionalBinder.newOptionalBinder(binder(), RateLimitListener.class).setBinding().to(limiter);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class).addBinding().to(limiter);
    }

    @Provides
    @Singleton
    @ForChatWidgets
    RedisRateLimiter limiter(@ForChatWidgets Clock clock, Sleeper sleeper) {
        return RedisRateLimiter.connect(redisUri, config, clock, sleeper);
    }
}
