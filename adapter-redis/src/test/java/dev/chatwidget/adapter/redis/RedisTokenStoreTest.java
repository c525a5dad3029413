package dev.chatwidget.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.testkit.tokens.TokenStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis store passes the shared-store contract on a real redis-server, and survives its restart. */
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
}
