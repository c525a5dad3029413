package dev.chatwidget.fleet.ratelimit;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.apache.ApacheHttpModule;
import dev.chatwidget.adapter.redis.RedisRateLimitModule;
import dev.chatwidget.adapter.redis.ratelimit.SharedRateLimit;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.fleet.harness.ChildReport;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One instance of an app for {@link SharedRateLimitFleetTest}: the Apache adapter with the Redis-shared limiter,
 * {@code threads} callers listing one location as fast as the limiter lets them until the parent's end time.
 * Every attempt is counted through the {@code RetryListener}: served, refused by the server (429), refused by the
 * limiter before sending (its deadline would pass), or failed otherwise.
 *
 * <p>Args: base URI, Redis URI, token, location, warm-up location, threads, go key (the parent writes how long
 * to run, in millis, there once every instance is ready). The summary has the counts and when calling started and
 * ended (epoch millis).
 */
public final class SharedLimitChild {

    private static final AtomicLong SERVED = new AtomicLong();
    private static final AtomicLong SERVER_429 = new AtomicLong();
    private static final AtomicLong LIMITER_REFUSED = new AtomicLong();
    private static final AtomicLong OTHER = new AtomicLong();

    private SharedLimitChild() {
    }

    public static void main(String[] args) throws Exception {
        HttpConfig config = HttpConfig.builder(TokenProvider.fixed(args[2])).baseUri(args[0]).build();
        SharedRateLimit shared = SharedRateLimit.DEFAULTS
                .withRedisTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200));
        RetryListener counting = event -> count(event.error().orElse(null));
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Modules.override(
                new ApacheHttpModule(config), new RedisRateLimitModule(args[1], shared))
                .with(binder -> binder.bind(RetryListener.class).toInstance(counting)));
        ChatWidgets widgets = injector.getInstance(ChatWidgets.class);
        LocationId location = new LocationId(args[3]);
        int threads = Integer.parseInt(args[5]);

        // Load the classes of a call on another location (its own limit at the server), then forget the counts.
        widgets.list(ListQuery.of(new LocationId(args[4])));
        List.of(SERVED, SERVER_429, LIMITER_REFUSED, OTHER).forEach(counter -> counter.set(0));
        RedisClient goClient = RedisClient.create(args[1]);
        long run;
        try (StatefulRedisConnection<String, String> connection = goClient.connect()) {
            ChildReport.event("ready");
            run = awaitGo(connection, args[6]);
        } finally {
            goClient.shutdown();
        }
        long start = System.currentTimeMillis();
        long end = start + run;

        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread caller = new Thread(() -> {
                while (System.currentTimeMillis() < end) {
                    widgets.list(ListQuery.of(location));
                }
            });
            caller.start();
            callers.add(caller);
        }
        for (Thread caller : callers) {
            caller.join();
        }
        long ended = System.currentTimeMillis();
        injector.getInstance(ChatWidgetsResources.class).close();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("start", start);
        summary.put("end", ended);
        summary.put("served", SERVED.get());
        summary.put("server429", SERVER_429.get());
        summary.put("limiterRefused", LIMITER_REFUSED.get());
        summary.put("other", OTHER.get());
        ChildReport.summary(summary);
    }

    private static void count(ChatWidgetError error) {
        if (error == null) {
            SERVED.incrementAndGet();
        } else if (error instanceof RateLimited limited && limited.message().contains("rate limit: no permit")) {
            LIMITER_REFUSED.incrementAndGet();
        } else if (error instanceof RateLimited) {
            SERVER_429.incrementAndGet();
        } else {
            OTHER.incrementAndGet();
        }
    }

    /** Waits for the parent's go (at most a minute), returning how long to run, as it wrote. */
    private static long awaitGo(StatefulRedisConnection<String, String> connection, String key)
            throws InterruptedException {
        long giveUp = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < giveUp) {
            String run = connection.sync().get(key);
            if (run != null) {
                return Long.parseLong(run);
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no go from the parent within a minute");
    }
}
