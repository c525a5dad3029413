package dev.chatwidget.fleet.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.chatwidget.adapter.jdbc.JdbcTokenStore;
import dev.chatwidget.adapter.jdbc.PostgresServerExtension;
import dev.chatwidget.adapter.redis.RedisServerExtension;
import dev.chatwidget.adapter.redis.RedisTokenStore;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.port.out.TokenStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * What one shared refresh costs in store round trips, on a real redis-server and a real PostgreSQL (through a
 * HikariCP pool) on loopback:
 * the lease (take and give back) and the compare-and-set save, each timed one at a time from one thread.
 * Run: {@code mvn -B -q -pl fleet exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.chatwidget.fleet.bench.LeaseRoundTrip} (after installing the modules it uses).
 */
public final class LeaseRoundTrip {

    private static final int WARMUP = 2_000;
    private static final int MEASURED = 5_000;
    private static final LocationId LOCATION = LocationId.of("bench-location");
    private static final StoredTokens TOKENS = new StoredTokens(new AccessToken("bench-access"),
            new RefreshToken("bench-refresh"), Instant.parse("2026-03-01T00:00:00Z"));

    private LeaseRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        RedisServerExtension redis = new RedisServerExtension();
        redis.start();
        try (RedisTokenStore store = RedisTokenStore.connect(redis.uri())) {
            report("redis", store);
        } finally {
            redis.close();
        }
        PostgresServerExtension postgres = new PostgresServerExtension();
        postgres.start();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(postgres.jdbcUrl());
        pool.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            report("postgresql", JdbcTokenStore.builder(dataSource).createTable(true).build());
        } finally {
            postgres.close();
        }
    }

    private static void report(String name, TokenStore store) {
        store.save(LOCATION, TOKENS);
        time(store, WARMUP);
        long[][] nanos = time(store, MEASURED);
        System.out.printf("%-10s lease+release: %s | saveIfVersion: %s%n", name, summary(nanos[0]),
                summary(nanos[1]));
    }

    private static long[][] time(TokenStore store, int rounds) {
        long[] lease = new long[rounds];
        long[] save = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            RefreshLease held = store.tryLease(LOCATION, Instant.now(), Duration.ofSeconds(10)).get().orElseThrow();
            store.release(held).get();
            long t1 = System.nanoTime();
            long version = store.loadVersioned(LOCATION).get().orElseThrow().version();
            long t2 = System.nanoTime();
            store.saveIfVersion(LOCATION, version, TOKENS).get().orElseThrow();
            long t3 = System.nanoTime();
            lease[i] = t1 - t0;
            save[i] = t3 - t2;
        }
        return new long[][] {lease, save};
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %.0f us, p99 %.0f us", sorted[sorted.length / 2] / 1e3,
                sorted[sorted.length * 99 / 100] / 1e3);
    }
}
