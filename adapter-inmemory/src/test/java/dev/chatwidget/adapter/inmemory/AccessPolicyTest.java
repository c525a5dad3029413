package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access policy answers 403 for the locations it denies, and leaves them untouched. */
class AccessPolicyTest {

    private static final LocationId MINE = LocationId.of("mineLocation00000001");
    private static final LocationId THEIRS = LocationId.of("theirsLocation000001");

    private final InMemoryFake fake = InMemoryFake.create();
    private final ChatWidgetGateway gateway = fake.gateway();

    @Test
    void every_operation_on_a_denied_location_is_forbidden_and_changes_nothing() {
        ChatWidget theirs = gateway.create(NewWidget.of(THEIRS, ChatType.LIVE_CHAT, "theirs")).get();
        fake.accessPolicy(AccessPolicy.only(Set.of(MINE)));

        List<Either<ChatWidgetError, ?>> outcomes = List.of(
                gateway.list(ListQuery.of(THEIRS)),
                gateway.get(THEIRS, theirs.id()),
                gateway.replace(THEIRS, theirs.id(), WidgetUpdate.none().withName("mine now")),
                gateway.patch(THEIRS, theirs.id(), WidgetUpdate.none().withName("mine now")),
                gateway.delete(THEIRS, theirs.id()),
                gateway.clone(CloneRequest.of(THEIRS, theirs.id())),
                gateway.create(NewWidget.of(THEIRS, ChatType.LIVE_CHAT, "sneaky")));

        assertThat(outcomes).as("outcomes of every operation on a denied location")
                .allSatisfy(o -> assertThat(o.getLeft()).isInstanceOf(Forbidden.class));
        assertThat(fake.liveWidgets(THEIRS)).as("widgets of the denied location").containsExactly(theirs);
    }

    @Test
    void allowed_locations_keep_working() {
        fake.accessPolicy(AccessPolicy.allExcept(Set.of(THEIRS)));

        Either<ChatWidgetError, ChatWidget> created = gateway.create(NewWidget.of(MINE, ChatType.LIVE_CHAT, "mine"));

        assertThat(created.isRight()).as("create in an allowed location: %s", created).isTrue();
        assertThat(gateway.list(ListQuery.of(MINE)).get().totalCount()).as("widgets listed").isEqualTo(1);
    }

    @Test
    void public_config_needs_no_access() {
        ChatWidget theirs = gateway.create(NewWidget.of(THEIRS, ChatType.LIVE_CHAT, "theirs")).get();
        fake.accessPolicy(AccessPolicy.only(Set.of(MINE)));

        assertThat(gateway.publicConfig(theirs.id(), OptionalInt.empty()).map(c -> c.name()).getOrNull())
                .as("public config of a widget in a denied location").isEqualTo("theirs");
    }

    @Test
    void policy_given_to_the_builder_applies_from_the_start() {
        InMemoryFake denying = InMemoryFake.builder().accessPolicy(AccessPolicy.only(Set.of(MINE))).build();

        assertThat(denying.gateway().list(ListQuery.of(THEIRS)).getLeft()).as("list of a denied location")
                .isInstanceOf(Forbidden.class);
    }
}
