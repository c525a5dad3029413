package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.adapter.http.apache.ApacheHttpModule;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.inject.ChatWidgetsResources;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenProvider;
import dev.chatwidget.micrometer.CallObservation;
import dev.chatwidget.micrometer.inject.ObservationModule;
import dev.chatwidget.testkit.fake.Widgets;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import dev.chatwidget.testkit.server.RateLimitPolicy;
import dev.chatwidget.testkit.server.Scopes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Over real HTTP on loopback, each attempt's observation carries the status class the server answered with. */
class HttpStatusTagTest {

    private static final LocationId LOCATION = LocationId.of("loc-status");
    private static final String TOKEN = "tok-status-tag";

    @Test
    void attempts_over_http_are_tagged_with_the_status_class_of_their_response() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        try (FakeHighLevelServer server = FakeHighLevelServer.builder().token(TOKEN, Set.of(LOCATION), Scopes.ALL)
                .rateLimits(RateLimitPolicy.UNLIMITED).start()) {
            ChatWidget seeded = server.seed(Widgets.liveChat(LOCATION, "Status chat"));
            Injector injector = Guice.createInjector(
                    new ApacheHttpModule(HttpConfig.builder(TokenProvider.fixed(TOKEN)).baseUri(server.baseUri())
                            .build()),
                    new ObservationModule(observations, Optional.of(meters), "apache"));
            ChatWidgets widgets = injector.getInstance(ChatWidgets.class);

            assertThat(widgets.get(LOCATION, seeded.id()).isRight()).isTrue();
            assertThat(widgets.list(ListQuery.of(LOCATION)).isRight()).isTrue();
            assertThat(widgets.get(LOCATION, WidgetId.of("no-such-widget")).isLeft()).isTrue();
            injector.getInstance(ChatWidgetsResources.class).close();
        }

        assertThat(meters.get(CallObservation.ATTEMPT).tags("status", "2xx").timers())
                .extracting(timer -> timer.getId().getTag("operation")).containsExactlyInAnyOrder("get", "list");
        assertThat(meters.get(CallObservation.ATTEMPT).tags("status", "4xx", "outcome", "NotFound").timer().count())
                .isEqualTo(1);
        assertThat(meters.find(CallObservation.ATTEMPT).tags("status", "none").timer()).isNull();
    }
}
