package dev.chatwidget.spring.boot;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.port.out.TokenStore;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With actuator: the {@code chatWidgets} health indicator, and the token and client secret masked in
 * {@code /actuator/configprops} and {@code /actuator/env} whatever {@code show-values} says.
 */
@AutoConfiguration(after = ChatWidgetAutoConfiguration.class)
public class ChatWidgetActuatorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class Secrets {

        @Bean
        SanitizingFunction chatWidgetSecrets() {
            return data -> secret(data.getLowerCaseKey()) ? data.withSanitizedValue() : data;
        }

        /** The starter's two secrets, under any of the names Boot reports them by. */
        static boolean secret(String key) {
            String k = key.toLowerCase(Locale.ROOT).replace("-", "");
            boolean ours = !k.contains(".") || k.startsWith("highlevel.chatwidget.") || k.startsWith("oauth.");
            return ours && (k.endsWith("token") || k.endsWith("clientsecret"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnBean(ChatWidgetsComposition.class)
    @ConditionalOnEnabledHealthIndicator("chatWidgets")
    static class HealthCheck {

        @Bean
        @ConditionalOnMissingBean(name = "chatWidgetsHealthIndicator")
        ChatWidgetsHealthIndicator chatWidgetsHealthIndicator(AdapterChoice adapter, LastCalls lastCalls,
                                                              ObjectProvider<TokenStore> store,
                                                              ChatWidgetProperties properties) {
            Optional<LocationId> probe = Optional.ofNullable(properties.oauth().defaultLocation())
                    .filter(s -> !s.isBlank()).map(LocationId::of);
            return new ChatWidgetsHealthIndicator(adapter, lastCalls, Optional.ofNullable(store.getIfAvailable()),
                    probe);
        }
    }
}
