package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The handle: reset, clock, id source, creation source, and the validating facade. */
class InMemoryFakeTest {

    private static final LocationId LOCATION = LocationId.of("fakeLocation00000001");

    @Test
    void reset_forgets_every_widget_and_allows_every_location_again() {
        InMemoryFake fake = InMemoryFake.create();
        ChatWidget widget = fake.gateway().create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "w")).get();
        fake.accessPolicy(AccessPolicy.only(Set.of()));

        fake.reset();

        ChatWidgetGateway gateway = fake.gateway();
        assertThat(gateway.list(ListQuery.of(LOCATION)).get().totalCount()).as("widgets after reset").isZero();
        assertThat(fake.stored(LOCATION, widget.id())).as("a widget's storage after reset").isEmpty();
        assertThat(gateway.publicConfig(widget.id(), OptionalInt.empty()).isLeft()).as("public config after reset")
                .isTrue();
        assertThat(gateway.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "again")).get().isDefault())
                .as("the first widget after reset, in a location that was denied before").isTrue();
    }

    @Test
    void timestamps_come_from_the_given_clock() {
        Instant now = Instant.parse("2025-02-03T04:05:06Z");
        InMemoryFake fake = InMemoryFake.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();

        ChatWidget widget = fake.gateway().create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "w")).get();

        assertThat(List.of(widget.createdAt(), widget.updatedAt())).as("createdAt and updatedAt").containsOnly(now);
    }

    @Test
    void ids_come_from_the_given_source_and_a_taken_id_is_never_reused() {
        Iterator<String> ids = List.of("AAAAAAAAAAAAAAAAAAA1", "AAAAAAAAAAAAAAAAAAA1", "AAAAAAAAAAAAAAAAAAA2").iterator();
        InMemoryFake fake = InMemoryFake.builder().idSource(() -> WidgetId.of(ids.next())).build();

        ChatWidget first = fake.gateway().create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "a")).get();
        ChatWidget second = fake.gateway().create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "b")).get();

        assertThat(first.id().value()).as("first id").isEqualTo("AAAAAAAAAAAAAAAAAAA1");
        assertThat(second.id().value()).as("second id, after the source repeated itself").isEqualTo("AAAAAAAAAAAAAAAAAAA2");
    }

    @Test
    void creation_source_is_stamped_on_creates_and_clones() {
        InMemoryFake fake = InMemoryFake.builder().creationSource("integration-test").build();
        ChatWidget created = fake.gateway().create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "w")).get();

        ChatWidget cloned = fake.gateway().clone(CloneRequest.of(LOCATION, created.id())).get();

        assertThat(List.of(created.creationSource(), cloned.creationSource())).as("creation sources")
                .allSatisfy(s -> assertThat(s).contains("integration-test"));
    }

    @Test
    void the_facade_refuses_bad_input_before_the_fake_sees_it() {
        InMemoryFake fake = InMemoryFake.create();
        fake.accessPolicy(AccessPolicy.only(Set.of()));

        var result = fake.chatWidgets().list(ListQuery.of(LOCATION).withLimit(0));

        assertThat(result.getLeft()).as("a bad query through the facade, with access denied everywhere")
                .isInstanceOf(Invalid.class);
        assertThat(fake.chatWidgets().list(ListQuery.of(LOCATION)).getLeft()).as("a good query, access denied")
                .isInstanceOf(Forbidden.class);
    }
}
