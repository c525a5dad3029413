package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;

/** The token and client secret never show: not in toString, not in /actuator/configprops. */
class SecretsTest {

    private static final String TOKEN = "pit-secret-value";
    private static final String SECRET = "client-secret-value";

    @Test
    void the_properties_to_string_says_whether_secrets_are_set_never_their_values() {
        Runners.inMemory().withPropertyValues("highlevel.chat-widget.token=" + TOKEN,
                "highlevel.chat-widget.oauth.client-secret=" + SECRET).run(context -> {
                    String text = context.getBean(ChatWidgetProperties.class).toString();

                    assertThat(text).doesNotContain(TOKEN, SECRET).contains("token=****", "clientSecret=****");
                });
    }

    @Test
    void configprops_masks_the_token_and_secret_even_when_told_to_show_values() {
        Runners.starter().withPropertyValues("highlevel.chat-widget.adapter=inmemory",
                "highlevel.chat-widget.token=" + TOKEN, "highlevel.chat-widget.oauth.client-secret=" + SECRET,
                "highlevel.chat-widget.api-version=v3-shown").run(context -> {
                    ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
                            List.copyOf(context.getBeansOfType(SanitizingFunction.class).values()), Show.ALWAYS);
                    endpoint.setApplicationContext(context);

                    ConfigurationPropertiesBeanDescriptor ours = endpoint
                            .configurationPropertiesWithPrefix(ChatWidgetProperties.PREFIX).getContexts().values()
                            .iterator().next().getBeans().values().iterator().next();
                    Map<String, Object> shown = ours.getProperties();

                    assertThat(shown.toString()).doesNotContain(TOKEN, SECRET).contains("v3-shown");
                    assertThat(shown.get("token")).isEqualTo("******");
                    assertThat(((Map<?, ?>) shown.get("oauth")).get("clientSecret")).isEqualTo("******");
                });
    }
}
