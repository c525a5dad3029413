package dev.chatwidget.adapter.redis.ratelimit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;

/**
 * One connection to Redis, made on first use rather than at construction, so that an instance starting while
 * Redis is down still starts (and limits locally). A connection found closed is replaced on the next use instead of
 * waiting for Lettuce's own reconnect, whose back-off grows to 30 s: the limiter rejoins within one probe interval of
 * Redis coming back.
 */
final class LazyConnection implements AutoCloseable {

    /** The connection's commands and the script registered on it. */
    record Session(RedisAsyncCommands<String, String> commands, PacingScript script) {
    }

    private final RedisClient client;
    private Session session;
    private StatefulRedisConnection<String, String> connection;
    private boolean closed;

    LazyConnection(RedisClient client) {
        this.client = client;
    }

    /** The session, connecting first if need be; throws what connecting throws (a {@code RedisException}). */
    synchronized Session session() {
        if (closed) {
            throw new IllegalStateException("the rate limiter is closed");
        }
        if (connection != null && !connection.isOpen()) {
            connection.closeAsync();
            connection = null;
            session = null;
        }
        if (session == null) {
            connection = client.connect(StringCodec.UTF8);
            session = new Session(connection.async(), new PacingScript(connection.async()));
        }
        return session;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            connection.close();
        }
    }
}
