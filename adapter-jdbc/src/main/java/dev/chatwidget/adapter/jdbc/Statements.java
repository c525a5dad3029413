package dev.chatwidget.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Runs one prepared statement with its values bound, under the store's query timeout. */
final class Statements {

    /** A location's row as read: tokens are all null while the row only holds a lease. */
    record Row(String access, String refresh, OffsetDateTime expires, long version) {

        boolean holdsTokens() {
            return access != null || refresh != null || expires != null;
        }

        @Override
        public String toString() {
            return "Row[version=" + version + "]"; // never the tokens
        }
    }

    private final int queryTimeoutSeconds;

    Statements(int queryTimeoutSeconds) {
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /** The single row {@code select} finds, if any. */
    Optional<Row> row(Connection c, String select, Object... values) throws SQLException {
        try (PreparedStatement prepared = prepare(c, select, values); ResultSet row = prepared.executeQuery()) {
            return row.next() ? Optional.of(new Row(row.getString(1), row.getString(2),
                    row.getObject(3, OffsetDateTime.class), row.getLong(4))) : Optional.empty();
        }
    }

    /** Whether {@code select} finds a row. */
    boolean exists(Connection c, String select, Object... values) throws SQLException {
        try (PreparedStatement prepared = prepare(c, select, values); ResultSet row = prepared.executeQuery()) {
            return row.next();
        }
    }

    /** How many rows {@code statement} changed. */
    int execute(Connection c, String statement, Object... values) throws SQLException {
        try (PreparedStatement prepared = prepare(c, statement, values)) {
            return prepared.executeUpdate();
        }
    }

    /** Inserts a row; false if one with its key exists (another instance inserted it first). */
    boolean insertOrLose(Connection c, String statement, Object... values) throws SQLException {
        try {
            return execute(c, statement, values) == 1;
        } catch (SQLException e) {
            if (JdbcCalls.duplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private PreparedStatement prepare(Connection c, String statement, Object... values) throws SQLException {
        PreparedStatement prepared = c.prepareStatement(statement);
        try {
            prepared.setQueryTimeout(queryTimeoutSeconds);
            for (int i = 0; i < values.length; i++) {
                prepared.setObject(i + 1, values[i]);
            }
            return prepared;
        } catch (SQLException e) {
            prepared.close();
            throw e;
        }
    }
}
