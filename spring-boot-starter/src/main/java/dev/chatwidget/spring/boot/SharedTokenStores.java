package dev.chatwidget.spring.boot;

import dev.chatwidget.adapter.jdbc.JdbcTokenStore;
import dev.chatwidget.adapter.redis.RedisTokenStore;
import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import dev.chatwidget.core.port.out.TokenStore;
import javax.sql.DataSource;
import org.springframework.util.ClassUtils;

/**
 * The token stores shared by many instances, built only when their (optional) module is on the classpath: this
 * class alone names their types, so the starter loads without them. A missing module, URL or {@code DataSource}
 * fails start-up with a message naming the property.
 */
final class SharedTokenStores {

    private static final String P = ChatWidgetProperties.PREFIX + ".oauth.";

    private SharedTokenStores() {
    }

    static TokenStore redis(ChatWidgetProperties.OAuth oauth) {
        requireModule("dev.chatwidget.adapter.redis.RedisTokenStore", "redis", "chat-widget-adapter-redis");
        if (oauth.redisUrl() == null || oauth.redisUrl().isBlank()) {
            throw new ChatWidgetsConfigurationException(P + "redis-url must be set when " + P
                    + "token-store is redis");
        }
        try {
            return RedisTokenStore.connect(oauth.redisUrl());
        } catch (RuntimeException e) {
            // The URL may carry a password: name the property, never its value.
            throw new ChatWidgetsConfigurationException(P + "redis-url: Redis could not be reached at start-up ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** {@code dataSource} is null when the application has none, or several. */
    static TokenStore jdbc(ChatWidgetProperties.OAuth oauth, DataSource dataSource) {
        requireModule("dev.chatwidget.adapter.jdbc.JdbcTokenStore", "jdbc", "chat-widget-adapter-jdbc");
        if (dataSource == null) {
            throw new ChatWidgetsConfigurationException(P + "token-store is jdbc, but the application has no single"
                    + " DataSource bean for it (add spring-boot-starter-jdbc and spring.datasource.url, or declare"
                    + " one)");
        }
        try {
            return JdbcTokenStore.builder(dataSource).table(oauth.jdbcTable())
                    .createTable(oauth.jdbcCreateTable()).build();
        } catch (IllegalArgumentException e) {
            throw new ChatWidgetsConfigurationException(P + "jdbc-" + e.getMessage());
        } catch (IllegalStateException e) {
            throw new ChatWidgetsConfigurationException(P + "jdbc-create-table: " + e.getMessage());
        }
    }

    private static void requireModule(String type, String store, String artifact) {
        if (!ClassUtils.isPresent(type, SharedTokenStores.class.getClassLoader())) {
            throw new ChatWidgetsConfigurationException(P + "token-store is " + store + ", but " + artifact
                    + " is not on the classpath: add it (its version comes from chat-widget-bom)");
        }
    }
}
