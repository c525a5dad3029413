package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.defaultIs;
import static dev.chatwidget.testkit.contract.ContractAssertions.notFound;
import static dev.chatwidget.testkit.contract.ContractAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.rules.ListOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rules 2 and 3: promotion of a new default, and soft delete. */
public interface DeleteContract extends GatewayContractHooks {

    @Test
    @Tag(ContractTags.SAFE)
    default void delete_answers_with_the_deleted_widget() {
        Scenario s = scenario();
        ChatWidget widget = s.create("doomed");

        Deleted deleted = ok(s.delete(widget.id()), "delete");

        assertThat(List.of(deleted.locationId(), deleted.id())).as("the location and id delete answers")
                .containsExactly(s.location(), widget.id());
        assertThat(deleted.reported()).as("delete answers the deleted widget").isTrue();
        ChatWidget gone = deleted.widget().orElseThrow();
        assertThat(gone.deleted()).as("deleted flag of the widget delete answers").isTrue();
        assertThat(gone.isDefault()).as("a deleted widget is nobody's default").isFalse();
        assertThat(List.of(gone.name(), gone.chatType(), gone.settings(), gone.createdAt()))
                .as("the deleted widget keeps its data")
                .containsExactly(widget.name(), widget.chatType(), widget.settings(), widget.createdAt());
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void delete_promotes_earliest_live_widget_when_default_is_deleted() {
        Scenario s = scenario();
        s.require(GatewayCapability.MODEL_CHOICES);
        ChatWidget a = s.create("a");
        ChatWidget b = s.create("b");
        ChatWidget c = s.create("c");
        ok(s.patch(c.id(), WidgetUpdate.none().withDefault(true)), "make c the default");

        ok(s.delete(c.id()), "delete the default");

        WidgetId earliest = Stream.of(s.fetch(a.id()), s.fetch(b.id())).min(ListOrder.COMPARATOR).orElseThrow().id();
        defaultIs(s, earliest, "deleting the default (the earliest-created remaining widget is promoted)");
    }

    @Test
    default void delete_promotion_breaks_created_at_ties_by_id() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING, GatewayCapability.MODEL_CHOICES);
        String prefix = ContractIds.randomId().substring(0, 19);
        Instant tie = Instant.parse("2024-05-01T10:00:00Z");
        ChatWidget oldest = s.seed(s.seedOf(ChatType.LIVE_CHAT, "oldest").asDefault()
                .withCreatedAt(Instant.parse("2024-01-01T00:00:00Z")));
        s.seed(s.seedOf(ChatType.LIVE_CHAT, "tie, higher id").withId(WidgetId.of(prefix + "B")).withCreatedAt(tie));
        ChatWidget lowerId = s.seed(s.seedOf(ChatType.EMAIL_CHAT, "tie, lower id").withId(WidgetId.of(prefix + "A"))
                .withCreatedAt(tie));

        ok(s.delete(oldest.id()), "delete the default");

        defaultIs(s, lowerId.id(), "deleting the default when two successors share createdAt");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void deleting_a_non_default_widget_keeps_the_default() {
        Scenario s = scenario();
        ChatWidget first = s.create("first");
        ChatWidget second = s.create("second");

        ok(s.delete(second.id()), "delete a non-default widget");

        defaultIs(s, first.id(), "deleting a non-default widget");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void deleting_the_last_widget_leaves_no_default_and_the_next_create_becomes_default() {
        Scenario s = scenario();
        ChatWidget only = s.create("only");

        ok(s.delete(only.id()), "delete the only widget");
        assertThat(s.defaults()).as("defaults of a location without live widgets").isEmpty();

        ChatWidget next = s.create(s.liveChat("next").withDefault(false));
        assertThat(next.isDefault()).as("the first live widget after the location emptied").isTrue();
        defaultIs(s, next.id(), "creating into an emptied location");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void deleted_widget_leaves_every_list() {
        Scenario s = scenario();
        ChatWidget kept = s.create("kept");
        ChatWidget gone = s.create(s.emailChat("gone"));

        ok(s.delete(gone.id()), "delete");

        Page<WidgetSummary> all = s.list(s.query());
        assertThat(all.items()).extracting(WidgetSummary::id).as("ids listed after a delete").containsExactly(kept.id());
        assertThat(all.totalCount()).as("totalCount after a delete").isEqualTo(1);
        assertThat(s.list(s.query().withChatType(ChatType.EMAIL_CHAT)).totalCount())
                .as("totalCount of chatType=emailChat after deleting the only emailChat widget").isZero();
        assertThat(s.list(s.query().withChatType(ChatTypeFilter.WEB_CHAT)).items())
                .as("items of chatType=webChat after deleting the only emailChat widget").isEmpty();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void deleted_widget_answers_404_to_get_replace_patch_delete_and_clone() {
        Scenario s = scenario();
        s.create("stays");
        ChatWidget gone = s.create("gone");
        ok(s.delete(gone.id()), "delete");

        notFound(s.get(gone.id()), "get of a deleted widget");
        notFound(s.replace(gone.id(), WidgetUpdate.none().withName("back")), "replace of a deleted widget");
        notFound(s.patch(gone.id(), WidgetUpdate.none().withDefault(true)), "patch of a deleted widget");
        notFound(s.delete(gone.id()), "second delete of a deleted widget");
        notFound(s.cloneOf(gone.id()), "clone of a deleted widget");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void deleted_widget_answers_404_to_public_config() {
        Scenario s = scenario();
        s.require(GatewayCapability.PUBLIC_CONFIG);
        ChatWidget gone = s.create("gone");
        ok(s.delete(gone.id()), "delete");

        notFound(s.api().publicConfig(gone.id(), OptionalInt.empty()), "public config of a deleted widget");
    }

    @Test
    default void deleted_widget_is_kept_with_deleted_true() {
        Scenario s = scenario();
        s.require(GatewayCapability.INSPECT_DELETED);
        ChatWidget gone = s.create(s.liveChat("gone").withSettings(ContractSettings.rich()));
        s.create("successor");
        ok(s.delete(gone.id()), "delete");

        Optional<ChatWidget> stored = s.inspector().stored(s.location(), gone.id());

        assertThat(stored).as("the deleted widget in storage").isPresent();
        assertThat(stored.get().deleted()).as("deleted flag of a deleted widget").isTrue();
        assertThat(stored.get().isDefault()).as("a deleted widget is no longer the default").isFalse();
        assertThat(List.of(stored.get().name(), stored.get().settings()))
                .as("name and settings kept after a soft delete")
                .containsExactly(gone.name(), gone.settings());
    }
}
