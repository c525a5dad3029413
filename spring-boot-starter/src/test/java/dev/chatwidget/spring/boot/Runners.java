package dev.chatwidget.spring.boot;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Context runners with the starter's auto-configuration, as a Boot application gets it. */
final class Runners {

    /** Fast retries so a test that provokes one does not wait. */
    static final String[] QUICK_RETRIES = {
        "highlevel.chat-widget.retry.base-delay=1ms", "highlevel.chat-widget.retry.max-delay=2ms"};

    private Runners() {
    }

    static ApplicationContextRunner starter() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ChatWidgetAutoConfiguration.class,
                        ChatWidgetActuatorAutoConfiguration.class, ChatWidgetHealthAutoConfiguration.class))
                .withPropertyValues(QUICK_RETRIES);
    }

    static ApplicationContextRunner inMemory() {
        return starter().withPropertyValues("highlevel.chat-widget.adapter=inmemory");
    }
}
