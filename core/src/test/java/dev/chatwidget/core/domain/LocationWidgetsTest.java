package dev.chatwidget.core.domain;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.SOURCE;
import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.newWidget;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.Invalid;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The aggregate: each decision returns the next state, applies the rules, and leaves the old state untouched. */
class LocationWidgetsTest {

    private final LocationScenario scenario = new LocationScenario();

    @Test
    void empty_location_has_no_widgets_and_no_default() {
        LocationWidgets empty = LocationWidgets.empty(LOCATION);

        assertThat(empty.location()).isEqualTo(LOCATION);
        assertThat(empty.liveCount()).isZero();
        assertThat(empty.liveWidgets()).isEmpty();
        assertThat(empty.defaultWidget()).isEmpty();
        assertThat(empty.list(ListQuery.of(LOCATION)).totalCount()).isZero();
    }

    @Test
    void create_stores_the_requested_content_with_the_given_id_time_and_source() {
        WidgetSettings settings = WidgetSettings.EMPTY.withHeading("Hi");
        NewWidget request = NewWidget.of(LOCATION, ChatType.EMAIL_CHAT, "Support").withVersion(2).withSettings(settings);

        var change = LocationWidgets.empty(LOCATION).create(request, WidgetId.of("abc"), T0, SOURCE).get();

        ChatWidget created = change.widget();
        assertThat(created.id()).isEqualTo(WidgetId.of("abc"));
        assertThat(created.locationId()).isEqualTo(LOCATION);
        assertThat(created.version()).isEqualTo(2);
        assertThat(created.chatType()).isEqualTo(ChatType.EMAIL_CHAT);
        assertThat(created.name()).isEqualTo("Support");
        assertThat(created.settings()).isEqualTo(settings);
        assertThat(created.creationSource()).isEqualTo(SOURCE);
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(created.updatedAt()).isEqualTo(T0);
        assertThat(created.deleted()).isFalse();
        assertThat(created.originId()).isEmpty();
        assertThat(created.updatedBy()).isEmpty();
        assertThat(change.after().get(created.id()).get()).isEqualTo(created);
    }

    @Test
    void a_decision_leaves_the_state_it_was_taken_on_unchanged() {
        LocationWidgets before = LocationWidgets.empty(LOCATION);

        LocationWidgets after = before.create(newWidget("a"), WidgetId.of("abc"), T0, SOURCE).get().after();
        after.delete(WidgetId.of("abc"), T0.plusSeconds(1));

        assertThat(before.liveCount()).isZero();
        assertThat(after.liveCount()).isEqualTo(1);
        assertThat(after.get(WidgetId.of("abc")).isRight()).isTrue();
    }

    @Test
    void invalid_create_is_answered_with_invalid_and_changes_nothing() {
        LocationWidgets before = scenario.state();

        var result = scenario.tryCreate(newWidget(" ").withVersion(0));

        assertThat(result.getLeft()).isInstanceOfSatisfying(Invalid.class, invalid -> {
            assertThat(invalid.concerns("name")).isTrue();
            assertThat(invalid.concerns("version")).isTrue();
        });
        assertThat(scenario.state()).isSameAs(before);
    }

    @Test
    void get_returns_the_live_widget_as_stored() {
        ChatWidget created = scenario.create("a");

        assertThat(scenario.state().get(created.id()).get()).isEqualTo(created);
    }

    @Test
    void live_widgets_are_counted_and_listed_in_list_order() {
        ChatWidget a = scenario.create("a");
        ChatWidget b = scenario.create("b");
        ChatWidget c = scenario.create("c");
        scenario.delete(b.id());

        assertThat(scenario.state().liveCount()).isEqualTo(2);
        assertThat(scenario.state().liveWidgets()).extracting(ChatWidget::id).containsExactly(a.id(), c.id());
    }

    @Test
    void list_returns_summaries_of_the_stored_widgets() {
        ChatWidget created = scenario.create(newWidget("a").withSettings(WidgetSettings.EMPTY.withHeading("Hi")));

        WidgetSummary summary = scenario.state().list(ListQuery.of(LOCATION)).items().get(0);

        assertThat(summary).isEqualTo(new WidgetSummary(created.id(), "a", ChatType.LIVE_CHAT, true, SOURCE,
                created.settings(), created.createdAt(), created.updatedAt()));
        assertThat(created.summary()).isEqualTo(summary);
    }

    @Test
    void seed_stores_any_chat_type_and_keeps_its_fields() {
        ChatWidget widget = stored("v1", ChatType.of("futureChat"), T0)
                .withContent(7, ChatType.of("futureChat"), "voice", WidgetSettings.EMPTY.with("x", new JsonString("y")), T0);

        ChatWidget seeded = scenario.seed(widget);

        assertThat(seeded).isEqualTo(widget.withDefault(true, T0));
        assertThat(scenario.state().get(widget.id()).get().chatType().isKnown()).isFalse();
    }

    @Test
    void seed_refuses_a_widget_of_another_location() {
        ChatWidget elsewhere = new ChatWidget(WidgetId.of("x1"), LocationId.of("other"), 2, ChatType.LIVE_CHAT, "x",
                false, false, null, null, null, null, T0, T0);

        assertThatThrownBy(() -> scenario.seed(elsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other");
    }

    @Test
    void seeded_deleted_widget_is_stored_but_not_visible() {
        scenario.seed(stored("a1", ChatType.LIVE_CHAT, T0));
        ChatWidget ghost = scenario.seed(stored("g1", ChatType.LIVE_CHAT, T0).withDefault(true, T0).withDeleted(T0));

        assertThat(ghost.deleted()).isTrue();
        assertThat(ghost.isDefault()).isFalse();
        assertThat(scenario.state().stored(ghost.id())).contains(ghost);
        assertThat(scenario.state().get(ghost.id()).isLeft()).isTrue();
        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(WidgetId.of("a1"));
    }

    @Test
    void seeding_a_deleted_copy_of_the_default_promotes_the_earliest_live_widget() {
        ChatWidget first = scenario.seed(stored("a1", ChatType.LIVE_CHAT, T0));
        ChatWidget second = scenario.seed(stored("b2", ChatType.LIVE_CHAT, T0.plusSeconds(1)));

        scenario.seed(first.withDeleted(T0.plusSeconds(9)));

        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(second.id());
        scenario.assertExactlyOneDefault();
    }

    @Test
    void reseeding_a_live_widget_replaces_it_in_place() {
        ChatWidget first = scenario.seed(stored("a1", ChatType.LIVE_CHAT, T0));
        scenario.seed(stored("b2", ChatType.LIVE_CHAT, T0.plusSeconds(1)));

        scenario.seed(first.withContent(3, ChatType.EMAIL_CHAT, "renamed", first.settings(), T0.plusSeconds(5)));

        assertThat(scenario.state().liveWidgets()).extracting(ChatWidget::name).containsExactly("renamed", "widget b2");
        assertThat(scenario.state().liveCount()).isEqualTo(2);
        scenario.assertExactlyOneDefault();
    }

    @Test
    void reseeding_a_widget_that_is_not_the_default_leaves_the_default_where_it_is() {
        ChatWidget first = scenario.seed(stored("a1", ChatType.LIVE_CHAT, T0));
        ChatWidget second = scenario.seed(stored("b2", ChatType.LIVE_CHAT, T0.plusSeconds(1)));

        scenario.seed(second.withContent(3, ChatType.LIVE_CHAT, "renamed", second.settings(), T0.plusSeconds(5)));

        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(first.id());
        scenario.assertExactlyOneDefault();
    }

    @Test
    void update_keeps_identity_fields() {
        ChatWidget created = scenario.create("a");

        ChatWidget patched = scenario.patch(created.id(), WidgetUpdate.none().withName("b")).get();

        assertThat(patched.id()).isEqualTo(created.id());
        assertThat(patched.createdAt()).isEqualTo(created.createdAt());
        assertThat(patched.updatedAt()).isEqualTo(scenario.now()).isAfter(created.updatedAt());
        assertThat(patched.creationSource()).isEqualTo(created.creationSource());
        assertThat(patched.originId()).isEqualTo(Optional.empty());
    }
}
