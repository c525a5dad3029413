package dev.chatwidget.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test server is a real PostgreSQL on loopback that keeps its data across a restart. */
class PostgresServerExtensionTest {

    @RegisterExtension
    static final PostgresServerExtension POSTGRES = PostgresServerExtension.shared();

    @Test
    void answers_real_sql_on_loopback_from_a_data_directory_root_does_not_own() throws Exception {
        try (Connection connection = DriverManager.getConnection(POSTGRES.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('server_version_num')::int,"
                     + " inet_server_addr()::text, current_setting('data_directory')")) {
            row.next();
            assertThat(row.getInt(1)).as("PostgreSQL 18").isBetween(180000, 189999);
            assertThat(row.getString(2)).startsWith("127.0.0.1");
            // initdb and postgres refuse root: the server runs as the data directory's owner, never uid 0.
            assertThat(Files.getAttribute(Path.of(row.getString(3)), "unix:uid")).isNotEqualTo(0);
        }
        assertThat(POSTGRES.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:" + POSTGRES.port() + "/");
    }

    @Test
    void keeps_data_across_a_restart_and_refuses_connections_while_paused() throws SQLException {
        execute("CREATE TABLE IF NOT EXISTS survives (v text)", "INSERT INTO survives VALUES ('yes')");
        POSTGRES.pause();
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(POSTGRES.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class);
        } finally {
            POSTGRES.resume();
        }
        assertThat(query("SELECT v FROM survives")).isEqualTo("yes");
    }

    @Test
    void terminating_connections_breaks_open_ones_and_new_ones_work() throws SQLException {
        try (Connection open = DriverManager.getConnection(POSTGRES.jdbcUrl())) {
            assertThat(open.isValid(2)).isTrue();

            assertThat(POSTGRES.terminateConnections()).isGreaterThanOrEqualTo(1);

            assertThatThrownBy(() -> open.createStatement().executeQuery("SELECT 1"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(query("SELECT 'back'")).isEqualTo("back");
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static String query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
