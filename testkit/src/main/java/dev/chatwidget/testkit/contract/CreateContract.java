package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.notFound;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Create and get: what a create returns, how it reads back, ids (rule 8), and isolation between locations. */
public interface CreateContract extends GatewayContractHooks {

    @Test
    @Tag(ContractTags.SAFE)
    default void create_returns_the_widget_as_requested() {
        Scenario s = scenario();
        ChatWidget created = s.create(s.liveChat("Support").withVersion(2).withSettings(ContractSettings.heading("Hi")));

        assertThat(created.locationId()).as("locationId of the created widget").isEqualTo(s.location());
        assertThat(created.chatType()).as("chatType of the created widget").isEqualTo(ChatType.LIVE_CHAT);
        assertThat(created.name()).as("name of the created widget").isEqualTo("Support");
        assertThat(created.version()).as("version of the created widget").isEqualTo(2);
        assertThat(created.settings()).as("settings of the created widget").isEqualTo(ContractSettings.heading("Hi"));
        assertThat(created.deleted()).as("a new widget is live").isFalse();
        assertThat(created.originId()).as("a created widget has no origin").isEmpty();
        assertThat(created.updatedAt()).as("updatedAt of a new widget").isAfterOrEqualTo(created.createdAt());
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void create_accepts_email_chat() {
        Scenario s = scenario();
        ChatWidget created = s.create(s.emailChat("Mailbox"));

        assertThat(s.fetch(created.id()).chatType()).as("chatType read back").isEqualTo(ChatType.EMAIL_CHAT);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void created_widget_reads_back_with_get() {
        Scenario s = scenario();
        ChatWidget created = s.create(s.liveChat("Sales").withSettings(ContractSettings.rich()));

        ChatWidget read = s.fetch(created.id());

        assertThat(read.id()).as("id read back").isEqualTo(created.id());
        assertThat(read.locationId()).as("locationId read back").isEqualTo(created.locationId());
        assertThat(read.chatType()).as("chatType read back").isEqualTo(created.chatType());
        assertThat(read.name()).as("name read back").isEqualTo(created.name());
        assertThat(read.version()).as("version read back").isEqualTo(created.version());
        assertThat(read.isDefault()).as("default flag read back").isEqualTo(created.isDefault());
        assertThat(read.settings()).as("settings read back").isEqualTo(created.settings());
        assertThat(read.createdAt()).as("createdAt read back").isEqualTo(created.createdAt());
        assertThat(read.deleted()).as("deleted read back").isFalse();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void ids_are_20_characters_of_letters_and_digits() {
        Scenario s = scenario();
        List<ChatWidget> created = List.of(s.create("one"), s.create("two"), s.create(s.emailChat("three")));
        ChatWidget clone = ContractAssertions.ok(s.cloneOf(created.get(0).id()), "clone");

        assertThat(created).extracting(w -> w.id().value()).as("ids of created widgets")
                .allMatch(id -> ContractIds.SERVICE_ID.matcher(id).matches())
                .doesNotHaveDuplicates();
        assertThat(clone.id().value()).as("id of a clone").matches(ContractIds.SERVICE_ID)
                .isNotIn(created.stream().map(w -> w.id().value()).toList());
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void widgets_of_one_location_are_invisible_and_untouchable_from_another() {
        Scenario s = scenario();
        ChatWidget mine = s.create("mine");
        LocationId other = s.anotherLocation();
        Assumptions.assumeFalse(other.equals(s.location()), "newLocation() gives the same location every time");

        List<WidgetSummary> listed = ContractAssertions.ok(s.api().list(ListQuery.of(other)), "list other location")
                .items();
        assertThat(listed).as("another location lists none of this location's widgets").isEmpty();
        notFound(s.api().get(other, mine.id()), "get through another location");
        notFound(s.api().replace(other, mine.id(), WidgetUpdate.none().withName("x")), "replace through another location");
        notFound(s.api().patch(other, mine.id(), WidgetUpdate.none().withName("x")), "patch through another location");
        notFound(s.api().delete(other, mine.id()), "delete through another location");
        notFound(s.api().clone(CloneRequest.of(other, mine.id())), "clone through another location");
        assertThat(s.fetch(mine.id()).name()).as("the widget after writes through another location").isEqualTo("mine");
        assertThat(ContractAssertions.ok(s.api().list(ListQuery.of(other)), "list other location").totalCount())
                .as("widgets of the other location after writes through it").isZero();
    }
}
