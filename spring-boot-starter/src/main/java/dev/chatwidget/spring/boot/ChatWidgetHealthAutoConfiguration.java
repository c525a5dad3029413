package dev.chatwidget.spring.boot;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.TokenStore;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * With actuator's health: {@code /actuator/health/chatWidgets} (switch it off with
 * {@code management.health.chatWidgets.enabled=false}).
 */
@AutoConfiguration(after = ChatWidgetAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(ChatWidgetsComposition.class)
public class ChatWidgetHealthAutoConfiguration {

    // On the method, not the class: the annotation's type exists only with actuator, which the class checks first.
    @Bean
    @ConditionalOnMissingBean(name = "chatWidgetsHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("chatWidgets")
    ChatWidgetsHealthIndicator chatWidgetsHealthIndicator(AdapterChoice adapter, LastCalls lastCalls,
                                                          ObjectProvider<TokenStore> store,
                                                          ChatWidgetProperties properties) {
        Optional<LocationId> probe = Optional.ofNullable(properties.oauth().defaultLocation())
                .filter(s -> !s.isBlank()).map(LocationId::of);
        return new ChatWidgetsHealthIndicator(adapter, lastCalls, Optional.ofNullable(store.getIfAvailable()), probe);
    }
}
