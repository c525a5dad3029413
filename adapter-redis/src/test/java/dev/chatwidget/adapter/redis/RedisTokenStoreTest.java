package dev.chatwidget.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.faults.TcpRelay;
import dev.chatwidget.testkit.tokens.TokenStoreContract;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Redis store passes the shared-store contract on a real redis-server, survives its restart, and sends a command
 * cut off by a reset connection again.
 */
class RedisTokenStoreTest implements TokenStoreContract {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static RedisTokenStore store;

    @BeforeAll
    static void connect() {
        store = RedisTokenStore.connect(REDIS.uri());
    }

    @AfterAll
    static void disconnect() {
        store.close();
    }

    @Override
    public TokenStore store() {
        return store;
    }

    @Test
    void redis_down_is_a_transport_failure_naming_no_token_and_a_restart_is_rejoined() {
        var location = TokenStoreContract.newLocation();
        store.save(location, TokenStoreContract.tokens("kept"));
        REDIS.pause();
        try {
            var failed = store.loadVersioned(location);

            assertThat(failed.isLeft()).isTrue();
            assertThat(failed.getLeft()).isInstanceOf(TransportFailure.class);
            assertThat(failed.getLeft().message()).doesNotContain("access-kept", "refresh-kept");
        } finally {
            REDIS.resume();
        }
        assertThat(store.load(location).get()).contains(TokenStoreContract.tokens("kept"));
    }

    @Test
    void a_command_cut_off_by_a_reset_connection_is_sent_again_on_the_next_one() throws Exception {
        try (TcpRelay relay = new TcpRelay("127.0.0.1", REDIS.port());
             RedisTokenStore cut = RedisTokenStore.connect(relay.uri("redis").toString(), Duration.ofSeconds(5))) {
            var location = TokenStoreContract.newLocation();
            cut.save(location, TokenStoreContract.tokens("kept")).get();
            relay.resetBeforeSending("HGETALL", 1);

            var loaded = cut.loadVersioned(location);

            assertThat(relay.resets()).as("the read was cut off").isEqualTo(1);
            assertThat(loaded.get()).map(VersionedTokens::tokens).contains(TokenStoreContract.tokens("kept"));
            assertThat(relay.accepted()).as("a new connection").isEqualTo(2);
        }
    }

    @Test
    void a_lease_whose_reply_was_lost_is_still_ours_when_the_take_is_sent_again() throws Exception {
        try (TcpRelay relay = new TcpRelay("127.0.0.1", REDIS.port());
             RedisTokenStore cut = RedisTokenStore.connect(relay.uri("redis").toString(), Duration.ofSeconds(5))) {
            var location = TokenStoreContract.newLocation();
            relay.resetInsteadOfAnswer("PEXPIRE", 1);

            Optional<RefreshLease> lease = cut.tryLease(location, Instant.now(), Duration.ofSeconds(30)).get();

            assertThat(relay.resets()).as("the take ran, its reply was lost").isEqualTo(1);
            assertThat(lease).as("the lease it took before the reply was lost").isPresent();
            assertThat(store.tryLease(location, Instant.now(), Duration.ofSeconds(30)).get())
                    .as("another instance's take").isEmpty();
            assertThat(cut.release(lease.get()).get()).as("released by its holder").isTrue();
        }
    }

    @Test
    void a_command_cut_off_on_every_connection_fails_after_a_bounded_number_of_attempts() throws Exception {
        try (TcpRelay relay = new TcpRelay("127.0.0.1", REDIS.port());
             RedisTokenStore cut = RedisTokenStore.connect(relay.uri("redis").toString(), Duration.ofSeconds(5))) {
            var location = TokenStoreContract.newLocation();
            relay.resetBeforeSending("HGETALL", 100);

            var failed = cut.loadVersioned(location);

            assertThat(failed.getLeft()).isInstanceOf(TransportFailure.class);
            assertThat(failed.getLeft().message()).contains("could not read");
            assertThat(relay.resets()).isEqualTo(RedisTokenStore.ATTEMPTS_ON_LOST_CONNECTIONS);
        }
    }

    @Test
    void only_a_lost_connection_or_a_loading_server_is_worth_another_attempt() {
        assertThat(RedisTokenStore.connectionLost(new RedisException(new SocketException("Connection reset"))))
                .isTrue();
        assertThat(RedisTokenStore.connectionLost(new RedisException("wrapped",
                new IllegalStateException(new ClosedChannelException())))).isTrue();
        assertThat(RedisTokenStore.connectionLost(new RedisLoadingException("LOADING Redis is loading"))).isTrue();
        assertThat(RedisTokenStore.connectionLost(new RedisCommandTimeoutException("timed out"))).isFalse();
        assertThat(RedisTokenStore.connectionLost(new RedisCommandExecutionException("ERR bad script"))).isFalse();
        assertThat(RedisTokenStore.connectionLost(new RedisCommandExecutionException("ERR",
                new SocketException("reset")))).isFalse();
        assertThat(RedisTokenStore.connectionLost(new RedisException("Connection closed"))).isFalse();
    }
}
