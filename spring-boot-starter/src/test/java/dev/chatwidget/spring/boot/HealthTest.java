package dev.chatwidget.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.in.ChatWidgets;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;

/** The chatWidgets health indicator: adapter, the latest call's end, the token store; never a secret. */
class HealthTest {

    private static final LocationId LOCATION = LocationId.of("loc-health");

    @Test
    void reports_the_adapter_and_how_the_latest_call_ended() {
        Runners.inMemory().run(context -> {
            ChatWidgetsHealthIndicator indicator = context.getBean("chatWidgetsHealthIndicator",
                    ChatWidgetsHealthIndicator.class);
            assertThat(indicator.health().getDetails()).containsEntry("lastCall", "none yet")
                    .containsEntry("adapter", "inmemory");

            context.getBean(ChatWidgets.class).list(ListQuery.of(LOCATION));

            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            @SuppressWarnings("unchecked")
            Map<String, Object> last = (Map<String, Object>) health.getDetails().get("lastCall");
            assertThat(last).containsEntry("operation", "LIST").containsEntry("outcome", "success")
                    .containsEntry("attempts", 1).doesNotContainValue(LOCATION.value());
        });
    }

    @Test
    void a_reachable_token_store_is_up_and_an_unreachable_one_is_down() {
        String[] oauth = {"highlevel.chat-widget.oauth.client-id=app", "highlevel.chat-widget.oauth.client-secret=shh",
            "highlevel.chat-widget.oauth.default-location=" + LOCATION.value()};
        Runners.inMemory().withPropertyValues(oauth).run(context -> {
            Health health = context.getBean(ChatWidgetsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("tokenStore", "InMemoryTokenStore reachable");
        });
        Runners.inMemory().withPropertyValues(oauth).withBean(TokenStore.class, BrokenStore::new).run(context -> {
            Health health = context.getBean(ChatWidgetsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("tokenStore", "BrokenStore unreachable: TransportFailure");
            assertThat(health.toString()).doesNotContain("shh");
        });
    }

    @Test
    void switched_off_by_its_management_property() {
        Runners.inMemory().withPropertyValues("management.health.chatWidgets.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ChatWidgetsHealthIndicator.class));
    }

    @Test
    void without_actuator_there_is_no_health_indicator() {
        Runners.inMemory().withClassLoader(new FilteredClassLoader("org.springframework.boot.health",
                        "org.springframework.boot.actuate"))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(ChatWidgetsHealthIndicator.class));
    }

    /** A store whose backend is gone. */
    static final class BrokenStore implements TokenStore {
        @Override
        public Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
            return Either.left(TransportFailure.of("store down", false));
        }

        @Override
        public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens) {
            return Either.left(TransportFailure.of("store down", false));
        }
    }
}
