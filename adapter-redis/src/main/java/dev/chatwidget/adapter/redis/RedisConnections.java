package dev.chatwidget.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.Objects;

/**
 * Lettuce clients set up for shared state that sits on every call's path: short connect and command timeouts (a
 * Redis outage costs a call at most {@code commandTimeout}, never Lettuce's 60 s default), and reconnects every
 * few hundred milliseconds instead of backing off to 30 s, so a restarted Redis is rejoined at once.
 */
public final class RedisConnections {

    /** The command timeout unless one is given. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private RedisConnections() {
    }

    /** A client for {@code uri} (e.g. {@code redis://host:6379/0}) with {@link #DEFAULT_COMMAND_TIMEOUT}. */
    public static RedisClient client(String uri) {
        return client(uri, DEFAULT_COMMAND_TIMEOUT);
    }

    /** A client for {@code uri} whose commands fail after {@code commandTimeout}; shut it down when done. */
    public static RedisClient client(String uri, Duration commandTimeout) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        RedisURI address = RedisURI.create(uri);
        address.setTimeout(commandTimeout);
        ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(20), Duration.ofMillis(500), 2,
                        java.util.concurrent.TimeUnit.MILLISECONDS))
                .build();
        RedisClient client = RedisClient.create(resources, address);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
        return client;
    }
}
