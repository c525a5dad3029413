package dev.chatwidget.spring.boot;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * With actuator: the token and client secret masked in {@code /actuator/configprops} and {@code /actuator/env}
 * whatever {@code show-values} says.
 */
@AutoConfiguration(after = ChatWidgetAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class ChatWidgetActuatorAutoConfiguration {

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
