package dev.chatwidget.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.chatwidget.adapter.inmemory.InMemoryModule;
import dev.chatwidget.adapter.redis.ratelimit.RedisRateLimiter;
import dev.chatwidget.adapter.redis.ratelimit.SharedRateLimit;
import dev.chatwidget.core.application.resilience.BurstLimit;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Installed beside an adapter's module, the shared limiter limits the facade's calls and closes with it. */
class RedisRateLimitModuleTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    /** One permit a minute, so the schedule's key outlives the test. */
    private static final SharedRateLimit SLOW = SharedRateLimit.DEFAULTS
            .withLimit(BurstLimit.of(1, Duration.ofMinutes(1))).withKeyPrefix("module-test:")
            .withRedisTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1));

    @Test
    void the_facades_calls_take_their_permits_from_the_shared_schedule_until_closed() {
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new InMemoryModule(),
                new RedisRateLimitModule(REDIS.uri(), SLOW));
        RateLimiter limiter = injector.getInstance(RateLimiter.class);
        LocationId location = new LocationId("moduleLocation");

        assertThat(limiter).isInstanceOf(RedisRateLimiter.class)
                .isSameAs(injector.getInstance(RateLimitListener.class));
        assertThat(injector.getInstance(ChatWidgets.class).list(ListQuery.of(location)).isRight()).isTrue();
        RedisClient client = RedisClient.create(REDIS.uri());
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            assertThat(redis.sync().exists("module-test:location:moduleLocation")).isEqualTo(1L);
        } finally {
            client.shutdown();
        }
        // The one permit of the minute is taken: the next must wait, longer than a zero deadline allows.
        assertThat(limiter.acquire(Optional.of(location), Instant.now()).isLeft()).isTrue();

        injector.getInstance(ChatWidgetsResources.class).close();

        // Closed: no more Redis, so the limiter is local (and still grants, from its own share).
        assertThat(limiter.acquire(Optional.of(location), Instant.now()).isRight()).isTrue();
        assertThat(((RedisRateLimiter) limiter).isLocal()).isTrue();
    }
}
