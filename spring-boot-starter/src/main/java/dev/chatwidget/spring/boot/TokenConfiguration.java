package dev.chatwidget.spring.boot;

import dev.chatwidget.core.application.auth.FileTokenStore;
import dev.chatwidget.core.application.auth.InMemoryTokenStore;
import dev.chatwidget.core.application.auth.OAuthTokenProvider;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The token provider: a static token, or an OAuth app whose tokens live in a {@link TokenStore} and refresh at the
 * base URL's token endpoint through the adapter's own transport (the composition's, so one transport carries calls
 * and refreshes). Both beans take the {@link AdapterChoice} so that its credential checks run first and name the
 * missing property.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = ChatWidgetProperties.PREFIX + ".oauth", name = "client-id")
    TokenStore chatWidgetTokenStore(ChatWidgetProperties properties, AdapterChoice checked,
                                    ObjectProvider<DataSource> dataSource) {
        return switch (properties.oauth().tokenStore()) {
            case FILE -> new FileTokenStore(properties.oauth().tokenFile());
            case INMEMORY -> new InMemoryTokenStore();
            case REDIS -> SharedTokenStores.redis(properties.oauth());
            case JDBC -> SharedTokenStores.jdbc(properties.oauth(), dataSource.getIfUnique());
        };
    }

    @Bean
    @ConditionalOnMissingBean
    TokenProvider chatWidgetTokenProvider(ChatWidgetProperties properties, AdapterChoice checked,
                                          ObjectProvider<TokenStore> store,
                                          ObjectProvider<ChatWidgetsComposition> composition) {
        if (properties.token() != null && !properties.token().isBlank()) {
            return TokenProvider.fixed(properties.token());
        }
        ChatWidgetProperties.OAuth oauth = properties.oauth();
        if (oauth.configured()) {
            OAuthTokenProvider.Builder builder = OAuthTokenProvider.builder(
                    new CompositionTokenRefresher(composition),
                    ClientCredentials.of(oauth.clientId(), oauth.clientSecret()), store.getObject(), Clock.systemUTC());
            if (oauth.defaultLocation() != null && !oauth.defaultLocation().isBlank()) {
                builder.defaultLocation(LocationId.of(oauth.defaultLocation()));
            }
            return builder.build();
        }
        // Only the in-memory fake gets here (an HTTP adapter without credentials fails at start-up): it asks no token.
        Unauthorized none = Unauthorized.of("no token configured: set " + ChatWidgetProperties.PREFIX + ".token");
        return location -> Either.left(none);
    }
}
