package dev.chatwidget.adapter.redis.ratelimit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;

/** Lettuce clients set up for the shared limiter. */
public final class RedisClients {

    private RedisClients() {
    }

    /**
     * A client whose commands fail at once while disconnected (instead of queueing until they time out) and that
     * gives up connecting after the limiter's Redis timeout. It does not reconnect by itself (nor log every try):
     * the limiter reconnects when it probes. Shut it down after the limiters that use it.
     */
    public static RedisClient forRateLimiting(RedisURI uri, SharedRateLimit config) {
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(config.redisTimeout()).build())
                .build());
        return client;
    }
}
