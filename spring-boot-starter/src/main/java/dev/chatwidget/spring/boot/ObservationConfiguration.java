package dev.chatwidget.spring.boot;

import dev.chatwidget.micrometer.inject.ObservationModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With chat-widget-micrometer on the classpath: every call and attempt observed on the application's
 * {@link ObservationRegistry} (Boot's, with actuator: timers, and spans with micrometer-tracing), and retries, 429s
 * and rate-limiter waits metered on its {@link MeterRegistry}. Without a registry bean the steps only pass calls on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = {"dev.chatwidget.micrometer.inject.ObservationModule",
    "io.micrometer.observation.ObservationRegistry", "io.micrometer.core.instrument.MeterRegistry"})
class ObservationConfiguration {

    @Bean
    ChatWidgetsExtension chatWidgetsObservation(AdapterChoice adapter, ObjectProvider<ObservationRegistry> observations,
                                                ObjectProvider<MeterRegistry> meters) {
        return new ChatWidgetsExtension(new ObservationModule(
                observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                Optional.ofNullable(meters.getIfUnique()), adapter.adapter().propertyValue()));
    }
}
