package dev.chatwidget.adapter.jdbc;

import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * Runs one store operation on a connection from the {@link DataSource} in auto-commit, and turns every failure
 * into a {@link TransportFailure} that names the exception class and SQLState only: drivers put statement
 * parameters (here: tokens) into their messages. A connection found broken (e.g. its backend was terminated, or
 * the database restarted since the pool opened it) is retried on another one; every operation is safe to repeat.
 */
final class JdbcCalls {

    /** One operation on an open connection. */
    @FunctionalInterface
    interface Operation<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A pool hands out connections it used moments ago without checking them, so after the database dropped them
     * all, the next ones may be dead too: each fails at once and is discarded by the pool. More than HikariCP's
     * default pool size (10); only failures on a connection already handed out are retried, never a failed connect.
     */
    static final int ATTEMPTS_ON_BROKEN_CONNECTIONS = 12;

    private final DataSource dataSource;
    private final String store;

    JdbcCalls(DataSource dataSource, String store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    <T> Either<ChatWidgetError, T> call(String what, Operation<T> operation) {
        for (int attempt = 1; ; attempt++) {
            Connection connection;
            try {
                connection = dataSource.getConnection();
            } catch (SQLException | RuntimeException e) {
                // The pool (or driver) already tried to connect: no point in asking again at once.
                return Either.left(failure(what, e));
            }
            try (connection) {
                return Either.right(run(connection, operation));
            } catch (SQLException | RuntimeException e) {
                if (attempt == ATTEMPTS_ON_BROKEN_CONNECTIONS || !broken(e)) {
                    return Either.left(failure(what, e));
                }
            }
        }
    }

    private static <T> T run(Connection connection, Operation<T> operation) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.setAutoCommit(true);
        }
        try {
            return operation.run(connection);
        } finally {
            if (!autoCommit) {
                connection.setAutoCommit(false);
            }
        }
    }

    private TransportFailure failure(String what, Exception e) {
        // 08001: the database could not be reached at all, so nothing was written.
        boolean reached = !(e instanceof SQLException sql && "08001".equals(sql.getSQLState()));
        return TransportFailure.of("token store " + store + " could not " + what + " (" + describe(e) + ")",
                reached);
    }

    /** Class and SQLState: never the message, which may quote the statement's parameters. */
    static String describe(Exception e) {
        String state = e instanceof SQLException sql && sql.getSQLState() != null ? ", SQLState " + sql.getSQLState()
                : "";
        return e.getClass().getSimpleName() + state;
    }

    static boolean duplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** Connection exceptions (class 08) and the server shutting a backend down (57P0x): a fresh one may work. */
    private static boolean broken(Exception e) {
        if (e instanceof SQLRecoverableException || e instanceof SQLTransientConnectionException) {
            return true;
        }
        String state = e instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
