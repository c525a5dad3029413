package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.newWidget;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Rules 1, 2 and 7 over any sequence of writes, seeds and deletes: the location never has zero or two defaults, and
 * its live list stays in order and in step with what is stored.
 */
class ExactlyOneDefaultPropertyTest {

    private static final int KINDS = 8;

    @Property(tries = 300)
    void any_sequence_of_writes_keeps_exactly_one_default_while_a_widget_is_live(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
        LocationScenario scenario = new LocationScenario(steps.size());
        List<WidgetId> known = new ArrayList<>();
        for (int step : steps) {
            apply(scenario, known, step % KINDS, step / KINDS);
            scenario.assertExactlyOneDefault();
        }
    }

    @Property(tries = 200)
    void any_sequence_of_writes_keeps_the_live_list_in_order_and_in_step_with_the_store(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> steps) {
        LocationScenario scenario = new LocationScenario(steps.size());
        List<WidgetId> known = new ArrayList<>();
        for (int step : steps) {
            apply(scenario, known, step % KINDS, step / KINDS);
            List<ChatWidget> live = scenario.state().liveWidgets();
            assertThat(live).isSortedAccordingTo(ListOrder.COMPARATOR).allMatch(ChatWidget::isLive);
            assertThat(live).allSatisfy(w -> assertThat(scenario.current(w.id())).isEqualTo(w));
            long liveKnown = known.stream().distinct().filter(id -> scenario.current(id).isLive()).count();
            assertThat(liveKnown).isEqualTo(scenario.state().liveCount()).isEqualTo(live.size());
            assertThat(scenario.state().list(ListQuery.of(LOCATION).withLimit(100)).totalCount())
                    .isEqualTo(live.size());
        }
    }

    private static void apply(LocationScenario scenario, List<WidgetId> known, int kind, int pick) {
        WidgetId target = known.isEmpty() ? WidgetId.of("nobody") : known.get(pick % known.size());
        switch (kind) {
            case 0 -> scenario.tryCreate(newWidget("w" + pick).withDefault(false)).forEach(w -> known.add(w.id()));
            case 1 -> scenario.tryCreate(newWidget("w" + pick).withDefault(true)).forEach(w -> known.add(w.id()));
            case 2 -> scenario.cloneOf(CloneRequest.of(LOCATION, target)).forEach(w -> known.add(w.id()));
            case 3 -> scenario.delete(target);
            case 4 -> scenario.patch(target, WidgetUpdate.none().withDefault(true));
            case 5 -> scenario.replace(target, WidgetUpdate.none().withDefault(false));
            case 6 -> known.add(scenario.seed(seeded(scenario, pick, pick % 2 == 0)).id());
            default -> {
                if (!known.isEmpty()) {
                    ChatWidget current = scenario.current(target);
                    scenario.seed(current.withDeleted(scenario.now()));
                }
            }
        }
    }

    private static ChatWidget seeded(LocationScenario scenario, int pick, boolean asDefault) {
        ChatWidget widget = stored("seed" + pick, ChatType.KNOWN.get(pick % ChatType.KNOWN.size()),
                scenario.now().minusSeconds(pick % 7));
        return asDefault ? widget.withDefault(true, scenario.now()) : widget;
    }
}
