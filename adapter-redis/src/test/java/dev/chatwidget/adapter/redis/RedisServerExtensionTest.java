package dev.chatwidget.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test server is a real Redis on loopback that keeps its data across a restart. */
class RedisServerExtensionTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static RedisClient client;

    @BeforeAll
    static void connect() {
        RedisURI uri = RedisURI.create(REDIS.uri());
        uri.setTimeout(Duration.ofSeconds(2));
        client = RedisClient.create(uri);
    }

    @AfterAll
    static void disconnect() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }

    @Test
    void answers_real_redis_commands_on_loopback() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            assertThat(connection.sync().ping()).isEqualTo("PONG");
            assertThat(connection.sync().set("k", "v", SetArgs.Builder.nx().px(1000))).isEqualTo("OK");
            assertThat(connection.sync().set("k", "w", SetArgs.Builder.nx().px(1000))).isNull();
            assertThat(REDIS.uri()).startsWith("redis://127.0.0.1:");
        }
    }

    @Test
    void keeps_data_across_a_restart_and_refuses_connections_while_paused() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("survives", "yes");
        }
        REDIS.pause();
        try {
            assertThatThrownBy(() -> client.connect().close()).isInstanceOf(RedisConnectionException.class);
        } finally {
            REDIS.resume();
        }
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            assertThat(connection.sync().get("survives")).isEqualTo("yes");
        }
    }
}
