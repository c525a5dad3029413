package dev.chatwidget.adapter.redis;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.UnexpectedResponse;
import dev.chatwidget.core.port.out.SharedTokenStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenStore} on Redis, shared by every instance of an app: one hash per location for its tokens and
 * their version, saved compare-and-set by a Lua script, and one key per location for the refresh lease, taken by
 * a script like {@code SET NX PX} (so it runs out by Redis's clock if its holder dies) and released by a script that
 * checks the holder. A command cut off by a lost connection (Redis restarted, or the network reset it) is sent again
 * once the client has reconnected, up to {@value #ATTEMPTS_ON_LOST_CONNECTIONS} times; every operation is safe to
 * repeat. Other Redis errors and timeouts come back as {@link TransportFailure}s naming no token. Get one from
 * {@link #connect(String)} (closing it closes its client), or wrap a connection you manage.
 */
public final class RedisTokenStore implements SharedTokenStore, AutoCloseable {

    /** Key prefix unless configured otherwise: keys are {@code chat-widget:tokens:<location>} and {@code :lease:}. */
    public static final String DEFAULT_PREFIX = "chat-widget:";

    /**
     * How often one operation is sent when its connection is lost under it. Lettuce holds a command sent while it
     * reconnects until the command timeout, so each attempt after a lost connection waits for the new one.
     */
    static final int ATTEMPTS_ON_LOST_CONNECTIONS = 3;

    private final StatefulRedisConnection<String, String> connection;
    private final String prefix;
    private final @Nullable RedisClient owned;

    /** A store on {@code connection} (not closed by the store) with keys under {@code prefix}. */
    public RedisTokenStore(StatefulRedisConnection<String, String> connection, String prefix) {
        this(connection, prefix, null);
    }

    private RedisTokenStore(StatefulRedisConnection<String, String> connection, String prefix,
                            @Nullable RedisClient owned) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.owned = owned;
    }

    /**
     * Connects to {@code uri} (e.g. {@code redis://localhost:6379/0}) with {@link RedisConnections}' settings;
     * fails with {@link io.lettuce.core.RedisConnectionException} if Redis cannot be reached now.
     */
    public static RedisTokenStore connect(String uri) {
        return connect(uri, RedisConnections.DEFAULT_COMMAND_TIMEOUT);
    }

    /** As {@link #connect(String)}, with commands (and the first connect) failing after {@code commandTimeout}. */
    public static RedisTokenStore connect(String uri, Duration commandTimeout) {
        RedisClient client = RedisConnections.client(uri, commandTimeout);
        try {
            return new RedisTokenStore(client.connect(), DEFAULT_PREFIX, client);
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    /** Closes the connection and client if {@link #connect} made them; a wrapped connection is left open. */
    @Override
    public void close() {
        if (owned != null) {
            connection.close();
            owned.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> loadVersioned(LocationId location) {
        Objects.requireNonNull(location, "location");
        return call("read", () -> redis().hgetall(tokensKey(location))).flatMap(hash -> parse(location, hash));
    }

    @Override
    public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tokens, "tokens");
        return call("save", () -> redis().<Long>eval(RedisScripts.SAVE, ScriptOutputType.INTEGER,
                new String[] {tokensKey(location)}, fields(tokens))).map(version -> tokens);
    }

    @Override
    public Either<ChatWidgetError, Optional<VersionedTokens>> saveIfVersion(LocationId location, long expected,
                                                                            StoredTokens tokens) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tokens, "tokens");
        String[] args = {tokens.accessToken().reveal(), tokens.refreshToken().reveal(),
            tokens.expiresAt().toString(), Long.toString(expected)};
        return call("save", () -> redis().<Long>eval(RedisScripts.SAVE_IF_VERSION, ScriptOutputType.INTEGER,
                new String[] {tokensKey(location)}, args))
                .map(version -> version < 0 ? Optional.empty() : Optional.of(new VersionedTokens(tokens, version)));
    }

    @Override
    public Either<ChatWidgetError, Optional<RefreshLease>> tryLease(LocationId location, Instant now,
                                                                     Duration ttl) {
        // Redis's own clock runs the lease out (PX): holders on hosts with skewed clocks still agree.
        Objects.requireNonNull(location, "location");
        // Random, as holders on different hosts share this lease; the same id on a repeat re-takes our own lease.
        String holder = UUID.randomUUID().toString();
        String millis = Long.toString(Math.max(1, ttl.toMillis()));
        return call("lease", () -> redis().<Long>eval(RedisScripts.TAKE_LEASE, ScriptOutputType.INTEGER,
                new String[] {leaseKey(location)}, holder, millis))
                .map(taken -> taken == 1L ? Optional.of(new RefreshLease(location, holder)) : Optional.empty());
    }

    @Override
    public Either<ChatWidgetError, Boolean> release(RefreshLease lease) {
        return call("release", () -> redis().<Long>eval(RedisScripts.RELEASE, ScriptOutputType.INTEGER,
                new String[] {leaseKey(lease.location())}, lease.holder())).map(deleted -> deleted == 1L);
    }

    @Override
    public String toString() {
        return "RedisTokenStore[prefix=" + prefix + "]";
    }

    private RedisCommands<String, String> redis() {
        return connection.sync();
    }

    private String tokensKey(LocationId location) {
        return prefix + "tokens:" + location.value();
    }

    private String leaseKey(LocationId location) {
        return prefix + "lease:" + location.value();
    }

    private static String[] fields(StoredTokens tokens) {
        return new String[] {tokens.accessToken().reveal(), tokens.refreshToken().reveal(),
            tokens.expiresAt().toString()};
    }

    private Either<ChatWidgetError, Optional<VersionedTokens>> parse(LocationId location, Map<String, String> hash) {
        if (hash.isEmpty()) {
            return Either.right(Optional.empty());
        }
        try {
            StoredTokens tokens = new StoredTokens(new AccessToken(hash.get("access")),
                    new RefreshToken(hash.get("refresh")), Instant.parse(hash.get("expires")));
            return Either.right(Optional.of(new VersionedTokens(tokens, Long.parseLong(hash.get("version")))));
        } catch (RuntimeException e) {
            // Never echo the values: they are secrets.
            return Either.left(new UnexpectedResponse(0, "token store " + this
                    + " has an incomplete or unreadable entry for location " + location, "", Optional.empty()));
        }
    }

    /**
     * Runs one Redis command, again after a lost connection; a Redis failure becomes a TransportFailure naming the
     * class only (no values).
     */
    private <T> Either<ChatWidgetError, T> call(String what, Supplier<T> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Either.right(command.get());
            } catch (RedisException e) {
                if (attempt == ATTEMPTS_ON_LOST_CONNECTIONS || !connectionLost(e)) {
                    return Either.left(TransportFailure.of("token store " + this + " could not " + what + " ("
                            + e.getClass().getSimpleName() + ")", false));
                }
            }
        }
    }

    /**
     * The connection broke under the command (an I/O failure, such as a reset by a stopping Redis), or the server
     * is still loading its data after a restart: the same command may work on the next connection. Not a timeout
     * (its time is spent) and not an error the server answered.
     */
    static boolean connectionLost(RedisException e) {
        if (e instanceof RedisLoadingException) {
            return true;
        }
        if (e instanceof RedisCommandTimeoutException || e instanceof RedisCommandExecutionException) {
            return false;
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
