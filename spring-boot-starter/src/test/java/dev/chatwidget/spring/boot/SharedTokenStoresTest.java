package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.jdbc.JdbcTokenStore;
import dev.chatwidget.adapter.redis.RedisServerExtension;
import dev.chatwidget.adapter.redis.RedisTokenStore;
import dev.chatwidget.core.port.out.TokenStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code oauth.token-store=redis} and {@code jdbc}: the shared stores on the URL or the application's DataSource,
 * checked by the health indicator, and a start-up failure naming the property when something they need is missing.
 */
class SharedTokenStoresTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final String SECRET = "shared-store-secret";

    private static ApplicationContextRunner oauth(String store) {
        return Runners.inMemory().withPropertyValues("highlevel.chat-widget.oauth.client-id=app",
                "highlevel.chat-widget.oauth.client-secret=" + SECRET,
                "highlevel.chat-widget.oauth.default-location=loc-shared",
                "highlevel.chat-widget.oauth.token-store=" + store);
    }

    @Test
    void redis_uses_the_redis_url_and_reports_it_reachable() {
        oauth("redis").withPropertyValues("highlevel.chat-widget.oauth.redis-url=" + REDIS.uri()).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(RedisTokenStore.class);
            Health health = context.getBean(ChatWidgetsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("tokenStore", "RedisTokenStore reachable");
            assertThat(health.toString()).doesNotContain(SECRET);
        });
    }

    @Test
    void redis_without_a_url_or_with_an_unreachable_one_fails_naming_the_property() {
        assertFailsNaming(oauth("redis"),
                "highlevel.chat-widget.oauth.redis-url must be set when highlevel.chat-widget.oauth.token-store is"
                        + " redis");
        assertFailsNaming(oauth("redis").withPropertyValues(
                        "highlevel.chat-widget.oauth.redis-url=redis://:" + SECRET + "@127.0.0.1:1"),
                "highlevel.chat-widget.oauth.redis-url: Redis could not be reached at start-up");
    }

    @Test
    void jdbc_uses_the_applications_data_source_and_its_table_and_reports_an_unreachable_database_down() {
        oauth("jdbc").withPropertyValues("highlevel.chat-widget.oauth.jdbc-table=app_tokens")
                .withBean(DataSource.class, SharedTokenStoresTest::unreachableDatabase).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class)
                            .hasToString("JdbcTokenStore[table=app_tokens]");
                    Health health = context.getBean(ChatWidgetsHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails())
                            .containsEntry("tokenStore", "JdbcTokenStore unreachable: TransportFailure");
                    assertThat(health.toString()).doesNotContain(SECRET);
                });
    }

    @Test
    void jdbc_without_a_data_source_or_with_a_bad_table_fails_naming_the_property() {
        assertFailsNaming(oauth("jdbc"), "highlevel.chat-widget.oauth.token-store is jdbc, but the application has"
                + " no single DataSource bean");
        assertFailsNaming(oauth("jdbc").withPropertyValues("highlevel.chat-widget.oauth.jdbc-table=tokens;drop")
                        .withBean(DataSource.class, SharedTokenStoresTest::unreachableDatabase),
                "highlevel.chat-widget.oauth.jdbc-table must be an SQL identifier");
    }

    private static DataSource unreachableDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:1/app?user=app&connectTimeout=1");
        dataSource.setPassword(SECRET);
        return dataSource;
    }

    private static void assertFailsNaming(ApplicationContextRunner runner, String message) {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(message)
                    .hasMessageNotContaining(SECRET);
        });
    }
}
