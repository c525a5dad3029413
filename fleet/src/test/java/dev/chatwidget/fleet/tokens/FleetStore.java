package dev.chatwidget.fleet.tokens;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.chatwidget.adapter.jdbc.JdbcTokenStore;
import dev.chatwidget.adapter.redis.RedisTokenStore;
import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.port.out.TokenStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The shared token store a fleet process opens from its URI: {@code file:} a token file, {@code redis://} Redis,
 * {@code jdbc:postgresql://} PostgreSQL through a HikariCP pool (as an application would run it), and what to close.
 */
record FleetStore(TokenStore store, AutoCloseable resources) implements AutoCloseable {

    static FleetStore open(String uri) throws InterruptedException {
        if (uri.startsWith("file:")) {
            return new FleetStore(new FileTokenStore(Path.of(URI.create(uri))), () -> { });
        }
        if (uri.startsWith("jdbc:")) {
            HikariDataSource pool = pool(uri);
            JdbcTokenStore store = JdbcTokenStore.builder(pool).queryTimeout(FleetApp.STORE_TIMEOUT).build();
            return new FleetStore(store, pool);
        }
        RedisTokenStore redis = retried(() -> RedisTokenStore.connect(uri, FleetApp.STORE_TIMEOUT));
        return new FleetStore(redis, redis);
    }

    /** A small pool; connections are opened when first used, so a slow start-up does not fail the child. */
    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(FleetApp.STORE_TIMEOUT.toMillis());
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** The first connect may be slow while the fleet's JVMs all start at once on a small machine. */
    private static <T> T retried(Supplier<T> connect) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return connect.get();
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
