package dev.chatwidget.adapter.redis;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.out.TokenStore;
import java.util.Objects;

/**
 * Binds {@link TokenStore} to a {@link RedisTokenStore} on {@code redisUri}, connected when first asked for and
 * closed with the other resources by {@code ChatWidgetsResources.close()}. Install it beside an adapter module and
 * build the {@code OAuthTokenProvider} from {@code injector.getInstance(TokenStore.class)}.
 */
public final class RedisModule extends AbstractModule {

    private final String redisUri;

    /** A module for the Redis at {@code redisUri}, e.g. {@code redis://redis.internal:6379/0}. */
    public RedisModule(String redisUri) {
        this.redisUri = Objects.requireNonNull(redisUri, "redisUri");
    }

    @Override
    protected void configure() {
        bind(TokenStore.class).to(RedisTokenStore.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, ForChatWidgets.class).addBinding()
                .to(Key.get(RedisTokenStore.class));
    }

    @Provides
    @Singleton
    RedisTokenStore redisTokenStore() {
        return RedisTokenStore.connect(redisUri);
    }
}
