package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Rule 7 over any set of widgets seeded in any order: list order and paging agree with the rule. */
class ListOrderPropertyTest {

    @Property(tries = 200)
    void list_order_is_created_at_then_id_whatever_the_seeding_order(
            @ForAll @Size(max = 30) Map<@AlphaChars @StringLength(min = 1, max = 3) String,
                    @IntRange(min = 0, max = 5) Integer> createdSecondById) {
        LocationScenario scenario = seeded(createdSecondById);

        List<ChatWidget> expected = new ArrayList<>(scenario.state().liveWidgets());
        expected.sort(Comparator.comparing(ChatWidget::createdAt).thenComparing(w -> w.id().value()));

        assertThat(scenario.state().liveWidgets()).containsExactlyElementsOf(expected).hasSize(createdSecondById.size());
        assertThat(scenario.state().list(ListQuery.of(LOCATION).withLimit(100)).items())
                .extracting(WidgetSummary::id).containsExactlyElementsOf(expected.stream().map(ChatWidget::id).toList());
    }

    @Property(tries = 200)
    void following_next_queries_visits_every_match_once_in_order(
            @ForAll @Size(max = 30) Map<@AlphaChars @StringLength(min = 1, max = 3) String,
                    @IntRange(min = 0, max = 5) Integer> createdSecondById,
            @ForAll @IntRange(min = 1, max = 7) int limit) {
        LocationScenario scenario = seeded(createdSecondById);

        List<WidgetSummary> visited = new ArrayList<>();
        Optional<ListQuery> next = Optional.of(ListQuery.of(LOCATION).withLimit(limit));
        while (next.isPresent()) {
            Page<WidgetSummary> page = scenario.state().list(next.get());
            assertThat(page.totalCount()).isEqualTo(createdSecondById.size());
            assertThat(page.items().size()).isLessThanOrEqualTo(limit);
            visited.addAll(page.items());
            next = page.nextQuery();
        }

        assertThat(visited).containsExactlyElementsOf(scenario.state().liveWidgets().stream()
                .map(ChatWidget::summary).toList());
    }

    private static LocationScenario seeded(Map<String, Integer> createdSecondById) {
        LocationScenario scenario = new LocationScenario();
        createdSecondById.forEach((id, second) ->
                scenario.seed(stored(id, ChatType.LIVE_CHAT, T0.plusSeconds(second))));
        return scenario;
    }
}
