package dev.chatwidget.adapter.redis.ratelimit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;

/**
 * Lettuce clients set up for the shared limiter. Unlike {@code RedisConnections}' (made for the token store, which
 * would rather wait for a reconnect than fail a refresh), they do not queue commands while disconnected nor reconnect
 * by themselves: a call should not wait for Redis when it can go on locally at once.
 */
final class LimiterClients {

    private LimiterClients() {
    }

    /**
     * A client whose commands fail at once while disconnected (instead of queueing until they time out) and that
     * gives up connecting after the limiter's Redis timeout. It does not reconnect by itself (nor log every try):
     * the limiter reconnects when it probes. Shut it down after the limiters that use it.
     */
    static RedisClient create(RedisURI uri, SharedRateLimit config) {
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(config.redisTimeout()).build())
                .build());
        return client;
    }
}
