package dev.chatwidget.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.apache.ApacheHttpModule;
import dev.chatwidget.adapter.redis.ratelimit.RedisRateLimiter;
import dev.chatwidget.adapter.redis.ratelimit.SharedRateLimit;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Sharing the rate limit" snippet, run against a real Redis and the fake server. */
class RedisRateLimitReadmeExampleTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Test
    void the_adapters_calls_are_limited_by_the_shared_schedule() {
        LocationId location = LocationId.of("readmeLimitLocation");
        try (FakeHighLevelServer server = FakeHighLevelServer.builder()
                .token("readme-token", Set.of(location), Scopes.ALL).start()) {
            String redisUri = REDIS.uri();
            HttpConfig config = HttpConfig.builder(TokenProvider.fixed("readme-token")).baseUri(server.baseUri())
                    .build();
            // README
            SharedRateLimit shared = SharedRateLimit.DEFAULTS.withExpectedInstances(4);
            Injector injector = Guice.createInjector(Stage.PRODUCTION,
                    new ApacheHttpModule(config), new RedisRateLimitModule(redisUri, shared));
            // END README
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

            assertThat(widgets.list(ListQuery.of(location)).isRight()).isTrue();
            RedisRateLimiter limiter = (RedisRateLimiter) injector.getInstance(RateLimiter.class);
            assertThat(limiter.isLocal()).isFalse();
            injector.getInstance(ChatWidgetsResources.class).close();
        }
    }
}
