package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 2: deleting the default promotes the earliest-created remaining live widget, ties broken by id. */
class DefaultPromotionTest {

    private final LocationScenario scenario = new LocationScenario();

    @Test
    void delete_promotes_earliest_live_widget_when_default_is_deleted() {
        scenario.create("a");
        ChatWidget b = scenario.create("b");
        scenario.create("c");
        ChatWidget d = scenario.create("d");
        scenario.patch(d.id(), WidgetUpdate.none().withDefault(true));

        scenario.delete(d.id());

        ChatWidget promoted = scenario.state().defaultWidget().orElseThrow();
        assertThat(promoted.name()).isEqualTo("a");
        assertThat(promoted.updatedAt()).isEqualTo(scenario.now());
        assertThat(scenario.current(b.id()).isDefault()).isFalse();
        scenario.assertExactlyOneDefault();
    }

    @Test
    void promotion_skips_widgets_that_are_already_deleted() {
        ChatWidget a = scenario.create("a");
        ChatWidget b = scenario.create("b");
        ChatWidget c = scenario.create("c");
        scenario.delete(b.id());

        scenario.delete(a.id());

        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(c.id());
        assertThat(scenario.current(b.id()).isDefault()).isFalse();
    }

    @Test
    void promotion_tie_on_created_at_is_broken_by_id() {
        scenario.seed(stored("m0", ChatType.LIVE_CHAT, T0));
        scenario.seed(stored("zz", ChatType.LIVE_CHAT, T0.plusSeconds(1)));
        scenario.seed(stored("aa", ChatType.LIVE_CHAT, T0.plusSeconds(1)));
        scenario.seed(stored("late", ChatType.LIVE_CHAT, T0.plusSeconds(2)));

        scenario.delete(WidgetId.of("m0"));

        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(WidgetId.of("aa"));
    }

    @Test
    void promotion_goes_by_creation_time_not_by_id_or_insertion_order() {
        scenario.seed(stored("m0", ChatType.LIVE_CHAT, T0));
        scenario.seed(stored("aa", ChatType.LIVE_CHAT, T0.plusSeconds(9)));
        scenario.seed(stored("zz", ChatType.LIVE_CHAT, T0.plusSeconds(3)));

        scenario.delete(WidgetId.of("m0"));

        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(WidgetId.of("zz"));
    }

    @Test
    void deleting_a_widget_that_is_not_default_leaves_the_default_alone() {
        ChatWidget a = scenario.create("a");
        ChatWidget b = scenario.create("b");

        scenario.delete(b.id());

        assertThat(scenario.state().defaultWidget()).contains(scenario.current(a.id()));
        assertThat(scenario.current(a.id())).isEqualTo(a);
    }

    @Test
    void deleting_the_last_widget_leaves_no_default_and_the_next_one_becomes_default() {
        ChatWidget only = scenario.create("only");

        scenario.delete(only.id());
        assertThat(scenario.state().defaultWidget()).isEmpty();

        ChatWidget next = scenario.create(LocationScenario.newWidget("next").withDefault(false));
        assertThat(next.isDefault()).isTrue();
        scenario.assertExactlyOneDefault();
    }

    @Test
    void successor_is_the_first_live_widget_in_list_order_other_than_the_deleted_one() {
        ChatWidget first = stored("a", ChatType.LIVE_CHAT, T0);
        ChatWidget second = stored("b", ChatType.LIVE_CHAT, T0.plusSeconds(1));

        assertThat(DefaultPromotion.successor(List.of(first, second), first)).contains(second);
        assertThat(DefaultPromotion.successor(List.of(first, second), second)).contains(first);
        assertThat(DefaultPromotion.successor(List.of(first), first)).isEmpty();
        assertThat(DefaultPromotion.successor(List.of(), first)).isEmpty();
    }
}
