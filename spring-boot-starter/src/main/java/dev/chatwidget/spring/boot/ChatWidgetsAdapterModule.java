package dev.chatwidget.spring.boot;

import com.google.inject.Module;
import java.util.Objects;

/**
 * The adapter's Guice module, when a bean supplies it instead of the {@link AdapterChoice}: how the starter puts
 * the testkit's fake under {@code ChatWidgets}, and how you plug in an adapter of your own (a module that binds
 * {@code @Adapter ChatWidgetGateway} and {@code @Adapter RateLimiter} and installs {@code CoreModule}).
 *
 * @param module the adapter's module
 */
public record ChatWidgetsAdapterModule(Module module) {

    public ChatWidgetsAdapterModule {
        Objects.requireNonNull(module, "module");
    }
}
