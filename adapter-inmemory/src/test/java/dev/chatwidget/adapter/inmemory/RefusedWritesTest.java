package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused write changes nothing: not the widgets, not their timestamps, not the default. */
class RefusedWritesTest {

    private static final LocationId LOCATION = LocationId.of("refusedLocation00001");

    private final InMemoryFake fake = InMemoryFake.create();
    private final ChatWidgetGateway gateway = fake.gateway();
    private ChatWidget first;
    private ChatWidget wa;

    @BeforeEach
    void twoWidgets() {
        first = gateway.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "first")).get();
        wa = fake.seed(SeedWidget.of(LOCATION, ChatType.WA_CHAT, "whatsapp"));
    }

    @Test
    void refused_writes_leave_the_location_exactly_as_it_was() {
        List<ChatWidget> before = fake.liveWidgets(LOCATION);
        WidgetId unknown = WidgetId.of("UnknownWidget0000001");

        List<Either<ChatWidgetError, ?>> refused = List.of(
                gateway.patch(LOCATION, first.id(), WidgetUpdate.none().withDefault(false).withName("x")),
                gateway.replace(LOCATION, first.id(), WidgetUpdate.none().withChatType(ChatType.WA_CHAT)),
                gateway.replace(LOCATION, first.id(), WidgetUpdate.none().withName(" ").withDefault(true)),
                gateway.patch(LOCATION, wa.id(), WidgetUpdate.none().withName("renamed").withDefault(true)),
                gateway.clone(CloneRequest.of(LOCATION, wa.id())),
                gateway.create(NewWidget.of(LOCATION, ChatType.VOICE_AI_CHAT, "voice").withDefault(true)),
                gateway.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "v0").withVersion(0).withDefault(true)),
                gateway.create(NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "dead").withDeleted(true)));

        assertThat(refused).as("outcomes of writes the model refuses")
                .allSatisfy(o -> assertThat(o.getLeft()).isInstanceOf(Invalid.class));
        assertThat(List.of(gateway.delete(LOCATION, unknown), gateway.patch(LOCATION, unknown, WidgetUpdate.none())))
                .as("writes to an unknown widget").allSatisfy(o -> assertThat(o.getLeft()).isInstanceOf(NotFound.class));
        assertThat(fake.liveWidgets(LOCATION)).as("live widgets after refused writes").isEqualTo(before);
        assertThat(fake.location(LOCATION).defaultWidget()).as("default after refused writes").contains(first);
    }

    @Test
    void a_refused_create_into_an_empty_location_leaves_it_empty() {
        LocationId empty = LocationId.of("emptyLocation0000001");

        gateway.create(NewWidget.of(empty, ChatType.WA_CHAT, "no"));

        assertThat(fake.liveWidgets(empty)).as("live widgets of a location after a refused create").isEmpty();
        assertThat(fake.location(empty).defaultWidget()).as("default of the still-empty location")
                .isEqualTo(Optional.empty());
    }
}
