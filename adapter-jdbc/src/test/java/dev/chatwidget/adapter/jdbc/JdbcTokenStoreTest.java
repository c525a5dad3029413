package dev.chatwidget.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.tokens.TokenStoreContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC store passes the shared-store contract on a real PostgreSQL through a HikariCP pool, recovers when its
 * pooled connections are terminated or the server restarts, and never names a token when the database fails.
 */
class JdbcTokenStoreTest implements TokenStoreContract {

    @RegisterExtension
    static final PostgresServerExtension POSTGRES = PostgresServerExtension.shared();

    private static HikariDataSource pool;
    private static JdbcTokenStore store;

    @BeforeAll
    static void connect() {
        pool = pool(POSTGRES.jdbcUrl());
        store = JdbcTokenStore.builder(pool).createTable(true).build();
    }

    @AfterAll
    static void disconnect() {
        pool.close();
    }

    /** A small pool as an application would configure it (HikariCP checks out connections without a probe). */
    static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(2_000);
        return new HikariDataSource(config);
    }

    @Override
    public TokenStore store() {
        return store;
    }

    @Test
    void terminated_pooled_connections_are_replaced_without_a_failure() throws SQLException {
        var location = TokenStoreContract.newLocation();
        store.save(location, TokenStoreContract.tokens("kept"));
        // Every connection of the pool used just now: the pool hands them out again unchecked.
        List<Connection> all = new ArrayList<>();
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            all.add(pool.getConnection());
        }
        for (Connection each : all) {
            each.close();
        }

        assertThat(POSTGRES.terminateConnections()).as("the pool's open connections")
                .isGreaterThanOrEqualTo(pool.getMaximumPoolSize());

        assertThat(store.load(location).get()).contains(TokenStoreContract.tokens("kept"));
        assertThat(store.tryLease(location, Instant.now(), Duration.ofSeconds(5)).get()).isPresent();
    }

    @Test
    void database_down_is_a_transport_failure_naming_no_token_and_a_restart_is_rejoined() {
        var location = TokenStoreContract.newLocation();
        store.save(location, TokenStoreContract.tokens("kept"));
        POSTGRES.pause();
        try {
            var failed = store.saveIfVersion(location, 1, TokenStoreContract.tokens("lost"));

            assertThat(failed.getLeft()).isInstanceOf(TransportFailure.class);
            assertThat(failed.getLeft().message()).contains("JdbcTokenStore[table=chat_widget_tokens]", "save")
                    .doesNotContain("access-", "refresh-");
        } finally {
            POSTGRES.resume();
        }
        assertThat(store.load(location).get()).contains(TokenStoreContract.tokens("kept"));
    }

    @Test
    void a_statement_error_names_its_sqlstate_but_never_the_values_bound() {
        PGSimpleDataSource direct = new PGSimpleDataSource();
        direct.setUrl(POSTGRES.jdbcUrl());
        JdbcTokenStore missingTable = JdbcTokenStore.builder(direct).table("no_such_table").build();

        var failed = missingTable.save(TokenStoreContract.newLocation(), TokenStoreContract.tokens("secret"));

        assertThat(failed.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(failed.getLeft().message()).contains("SQLState 42P01").doesNotContain("secret");
        assertThat(missingTable.check()).isPresent();
        assertThat(store.check()).isEmpty();
    }

    @Test
    void an_unreachable_database_is_a_failure_that_says_nothing_was_written() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&connectTimeout=2");
        JdbcTokenStore unreachable = JdbcTokenStore.builder(nowhere).build();

        var failed = unreachable.tryLease(TokenStoreContract.newLocation(), Instant.now(), Duration.ofSeconds(5));

        assertThat(failed.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) failed.getLeft()).mayHaveReachedServer()).isFalse();
    }
}
