package dev.chatwidget.spring.boot.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.spring.boot.AdapterChoice;
import dev.chatwidget.spring.boot.ChatWidgetAdapter;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's Spring Boot quick start, as an application: the starter alone, the README's three properties
 * (readme-quick-start.properties) and a service injecting {@code ChatWidgets}, calling the fake HighLevel server
 * over loopback, its calls metered on the application's registry.
 */
@SpringBootTest(properties = "HIGHLEVEL_TOKEN=spring-test-token")
@TestPropertySource(locations = "classpath:readme-quick-start.properties")
class SpringQuickStartTest {

    private static final LocationId LOCATION = LocationId.of("loc-spring-boot");
    private static final FakeHighLevelServer SERVER = FakeHighLevelServer.builder()
            .token("spring-test-token", Set.of(LOCATION), Scopes.ALL).start();

    /** What Boot's actuator would provide: an observation registry that records timers into a meter registry. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Meters {

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ObservationRegistry observationRegistry(SimpleMeterRegistry meters) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
            return registry;
        }
    }

    @DynamicPropertySource
    static void fakeServer(DynamicPropertyRegistry registry) {
        registry.add("highlevel.chat-widget.base-url", () -> SERVER.baseUri().toString());
    }

    @BeforeEach
    void emptyServer() {
        SERVER.reset();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired
    private SupportWidgets support;

    @Autowired
    private AdapterChoice adapter;

    @Autowired
    private SimpleMeterRegistry meters;

    @Test
    void the_service_creates_a_widget_on_the_server_over_http() {
        ChatWidget created = support.openSupportChat(LOCATION);

        assertThat(adapter.adapter()).isEqualTo(ChatWidgetAdapter.APACHE);
        assertThat(SERVER.requestCount(Operation.CREATE)).isEqualTo(1);
        assertThat(SERVER.fake().liveWidgets(LOCATION)).extracting(ChatWidget::id).containsExactly(created.id());
    }

    @Test
    void every_call_and_attempt_is_metered_on_the_applications_registry() {
        support.openSupportChat(LOCATION);

        // The status class is "none" until the HTTP handler reports response statuses (the pipeline's HTTP half).
        assertThat(meters.get("chatwidget.call").tags("operation", "create", "adapter", "apache", "outcome",
                "success").timer().count()).isPositive();
        assertThat(meters.get("chatwidget.attempt").tags("operation", "create").timer().count()).isPositive();
        assertThat(meters.get("chatwidget.rate.limit.wait").tags("operation", "create").timer().count())
                .isPositive();
        assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString())
                .doesNotContain(LOCATION.value(), "spring-test-token"));
    }
}
