package dev.chatwidget.spring.boot.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.spring.boot.AdapterChoice;
import dev.chatwidget.spring.boot.ChatWidgetAdapter;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.Scopes;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The README's Spring Boot quick start, as an application: the starter alone, the README's three properties
 * (readme-quick-start.properties) and a service injecting {@code ChatWidgets}, calling the fake HighLevel server
 * over loopback.
 */
@SpringBootTest(properties = "HIGHLEVEL_TOKEN=spring-test-token")
@TestPropertySource(locations = "classpath:readme-quick-start.properties")
class SpringQuickStartTest {

    private static final LocationId LOCATION = LocationId.of("loc-spring-boot");
    private static final FakeHighLevelServer SERVER = FakeHighLevelServer.builder()
            .token("spring-test-token", Set.of(LOCATION), Scopes.ALL).start();

    @DynamicPropertySource
    static void fakeServer(DynamicPropertyRegistry registry) {
        registry.add("highlevel.chat-widget.base-url", () -> SERVER.baseUri().toString());
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired
    private SupportWidgets support;

    @Autowired
    private AdapterChoice adapter;

    @Test
    void the_service_creates_a_widget_on_the_server_over_http() {
        ChatWidget created = support.openSupportChat(LOCATION);

        assertThat(adapter.adapter()).isEqualTo(ChatWidgetAdapter.APACHE);
        assertThat(SERVER.requestCount(Operation.CREATE)).isEqualTo(1);
        assertThat(SERVER.fake().liveWidgets(LOCATION)).extracting(ChatWidget::id).containsExactly(created.id());
    }
}
