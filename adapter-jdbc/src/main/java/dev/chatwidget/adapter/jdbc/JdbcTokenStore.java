package dev.chatwidget.adapter.jdbc;

import static dev.chatwidget.adapter.jdbc.Statements.utc;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.SharedTokenStore;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A {@link TokenStore} in one SQL table, shared by every instance of an app through any {@link DataSource} (bring
 * your own pool): one row per location with its tokens, their version and the refresh lease. Saves are
 * compare-and-set on the version; the lease is an expiring holder id taken by a conditional UPDATE (or INSERT for a
 * new location), by the caller's clock. Every statement runs alone in auto-commit. Database errors come back as
 * {@link dev.chatwidget.core.error.TransportFailure}s naming no token. Get one from {@link #builder(DataSource)};
 * the DDL is {@code dev/chatwidget/adapter/jdbc/schema-postgresql.sql} in this jar.
 */
public final class JdbcTokenStore implements SharedTokenStore {

    /** The table name unless configured otherwise. */
    public static final String DEFAULT_TABLE = "chat_widget_tokens";

    private final TokenTable table;
    private final TokenSql sql;
    private final JdbcCalls calls;
    private final Statements statements;

    private JdbcTokenStore(DataSource dataSource, TokenTable table, Duration queryTimeout) {
        this.table = table;
        this.sql = TokenSql.on(table);
        this.calls = new JdbcCalls(dataSource, toString());
        this.statements = new Statements((int) Math.max(1, queryTimeout.toSeconds()));
    }

    /** Starts configuring a store on {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** Creates the table (the shipped DDL, {@code CREATE TABLE IF NOT EXISTS}) unless it exists. */
    public Either<ChatWidgetError, JdbcTokenStore> createTableIfMissing() {
        String ddl = table.ddl();
        return calls.call("create its table", c -> {
            statements.execute(c, ddl);
            return this;
        });
    }

    /** Checks the table can be read (for health checks): empty if it can, else why not (naming no token). */
    public Optional<ChatWidgetError> check() {
        return loadVersioned(LocationId.of("chat-widget-health-check")).swap().toJavaOptional();
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> loadVersioned(LocationId location) {
        Objects.requireNonNull(location, "location");
        return calls.call("read", c -> statements.row(c, sql.select(), location.value()))
                .flatMap(found -> found.filter(Statements.Row::holdsTokens)
                        .map(row -> tokens(location, row).map(Optional::of))
                        .orElseGet(() -> Either.right(Optional.empty())));
    }

    @Override
    public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tokens, "tokens");
        return calls.call("save", c -> {
            if (update(c, sql.update(), tokens, location.value()) == 0 && !insert(c, location, tokens)) {
                update(c, sql.update(), tokens, location.value()); // inserted by another instance meanwhile
            }
            return tokens;
        });
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> saveIfVersion(LocationId location, long expected,
                                                                            StoredTokens tokens) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tokens, "tokens");
        return calls.call("save", c -> {
            boolean saved = update(c, sql.updateIfVersion(), tokens, location.value(), expected) == 1
                    || (expected == 0 && (insert(c, location, tokens)
                        || update(c, sql.updateIfVersion(), tokens, location.value(), expected) == 1));
            return saved ? Optional.of(new VersionedTokens(tokens, expected + 1)) : Optional.empty();
        });
    }

    @Override
    public Either<ChatWidgetError, Optional<RefreshLease>> tryLease(LocationId location, Instant now,
                                                                     Duration ttl) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(now, "now");
        // Random, as holders on different hosts share this lease; the same id on a retry re-takes our own lease.
        String holder = UUID.randomUUID().toString();
        OffsetDateTime at = utc(now);
        OffsetDateTime until = utc(now.plus(ttl.isNegative() ? Duration.ZERO : ttl));
        return calls.call("lease", c -> {
            // A held lease leaves the row as it is; only a location without a row yet gets one inserted (a
            // failed INSERT would put an error in the database's log on every poll of a waiting instance).
            boolean taken = statements.execute(c, sql.takeLease(), holder, until, location.value(), holder, at) == 1
                    || (!statements.exists(c, sql.exists(), location.value())
                        && (statements.insertOrLose(c, sql.insertLease(), location.value(), holder, until)
                            || statements.execute(c, sql.takeLease(), holder, until, location.value(), holder, at)
                                == 1));
            return taken ? Optional.of(new RefreshLease(location, holder)) : Optional.<RefreshLease>empty();
        });
    }

    @Override
    public Either<ChatWidgetError, Boolean> release(RefreshLease lease) {
        Objects.requireNonNull(lease, "lease");
        return calls.call("release", c ->
                statements.execute(c, sql.release(), lease.location().value(), lease.holder()) == 1);
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[table=" + table.name() + "]";
    }

    private Either<ChatWidgetError, VersionedTokens> tokens(LocationId location, Statements.Row row) {
        if (row.access() == null || row.refresh() == null || row.expires() == null) {
            // Never echo the values: they are secrets.
            return Either.left(new UnexpectedResponse(0, "token store " + this
                    + " has an incomplete entry for location " + location, "", Optional.empty()));
        }
        return Either.right(new VersionedTokens(new StoredTokens(new AccessToken(row.access()),
                new RefreshToken(row.refresh()), row.expires().toInstant()), row.version()));
    }

    private int update(Connection c, String statement, StoredTokens tokens, Object... where) throws SQLException {
        Object[] values = new Object[3 + where.length];
        values[0] = tokens.accessToken().reveal();
        values[1] = tokens.refreshToken().reveal();
        values[2] = utc(tokens.expiresAt());
        System.arraycopy(where, 0, values, 3, where.length);
        return statements.execute(c, statement, values);
    }

    /** Inserts the location's first row; false if another instance inserted it first. */
    private boolean insert(Connection c, LocationId location, StoredTokens tokens) throws SQLException {
        return statements.insertOrLose(c, sql.insert(), location.value(), tokens.accessToken().reveal(),
                tokens.refreshToken().reveal(), utc(tokens.expiresAt()));
    }

    /** Configures a {@link JdbcTokenStore}. */
    public static final class Builder {

        private final DataSource dataSource;
        private String table = DEFAULT_TABLE;
        private Duration queryTimeout = Duration.ofSeconds(5);
        private boolean createTable;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** The table's name (default {@value #DEFAULT_TABLE}): {@value TokenTable#RULE}. */
        public Builder table(String name) {
            this.table = name;
            return this;
        }

        /** How long one statement may run before it fails (default 5 s; whole seconds, at least 1). */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "queryTimeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("queryTimeout must be positive, was " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** Whether {@link #build()} creates the table if it is missing (default false: a DBA ran the DDL). */
        public Builder createTable(boolean create) {
            this.createTable = create;
            return this;
        }

        /**
         * The store. With {@link #createTable(boolean) createTable(true)} the table is created now, and a database
         * that cannot be reached fails start-up with an {@link IllegalStateException} (naming no secret).
         */
        public JdbcTokenStore build() {
            JdbcTokenStore store = new JdbcTokenStore(dataSource, new TokenTable(table), queryTimeout);
            if (createTable) {
                store.createTableIfMissing().getOrElseThrow(error -> new IllegalStateException(error.message()));
            }
            return store;
        }
    }
}
