package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 7 (paging): offset 0..10000 and limit 1..100, and totalCount ignores both. */
class ListPagingTest {

    @ParameterizedTest(name = "offset {0}, limit {1} -> {2}")
    @CsvSource({
        "-1, 20, offset",
        "10001, 20, offset",
        "2147483647, 20, offset",
        "0, 0, limit",
        "0, -5, limit",
        "0, 101, limit",
        "-1, 101, offset limit",
    })
    void offset_and_limit_out_of_bounds_are_rejected(int offset, int limit, String badFields) {
        ListQuery query = ListQuery.of(LOCATION).withOffset(offset).withLimit(limit);

        assertThat(RequestRulesTest.fields(RequestRules.check(query)))
                .containsExactlyInAnyOrder(badFields.split(" "));
    }

    @ParameterizedTest(name = "offset {0}, limit {1}")
    @CsvSource({"0, 1", "10000, 100", "0, 100", "10000, 1", "500, 20"})
    void offset_and_limit_within_bounds_are_accepted(int offset, int limit) {
        assertThat(RequestRules.check(ListQuery.of(LOCATION).withOffset(offset).withLimit(limit))).isEmpty();
    }

    @Test
    void bounds_are_reported_in_the_violation() {
        assertThat(RequestRules.check(ListQuery.of(LOCATION).withOffset(-1).withLimit(0)))
                .extracting(v -> v.rule())
                .anySatisfy(rule -> assertThat(rule).contains("10000"))
                .anySatisfy(rule -> assertThat(rule).contains("100"));
    }

    @Test
    void blank_voice_ai_agent_id_is_rejected() {
        assertThat(RequestRulesTest.fields(RequestRules.check(ListQuery.of(LOCATION).withVoiceAiAgentId(" "))))
                .containsExactly("voiceAiAgentId");
    }

    @Test
    void total_count_counts_all_matches_ignoring_offset_and_limit() {
        LocationScenario scenario = withWidgets(5);

        Page<WidgetSummary> page = scenario.state().list(ListQuery.of(LOCATION).withOffset(1).withLimit(2));

        assertThat(page.totalCount()).isEqualTo(5);
        assertThat(page.items()).extracting(WidgetSummary::name).containsExactly("w1", "w2");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void offset_past_the_last_match_gives_an_empty_page_with_the_total() {
        LocationScenario scenario = withWidgets(3);

        Page<WidgetSummary> page = scenario.state().list(ListQuery.of(LOCATION).withOffset(3));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.nextQuery()).isEmpty();
    }

    @Test
    void list_returns_at_most_limit_items() {
        LocationScenario scenario = withWidgets(7);

        assertThat(scenario.state().list(ListQuery.of(LOCATION).withLimit(1)).items()).hasSize(1);
        assertThat(scenario.state().list(ListQuery.of(LOCATION).withLimit(100)).items()).hasSize(7);
    }

    private static LocationScenario withWidgets(int count) {
        LocationScenario scenario = new LocationScenario();
        for (int i = 0; i < count; i++) {
            scenario.create("w" + i);
        }
        return scenario;
    }
}
