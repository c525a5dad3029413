package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page knows whether matches lie past it, and the query that fetches them. */
class PageTest {

    private static final ListQuery QUERY = ListQuery.of(LocationId.of("loc")).withLimit(20)
            .withChatType(ChatTypeFilter.WEB_CHAT).withExcludeChatType(ChatType.WA_CHAT).withVoiceAiAgentId("ag");

    @ParameterizedTest(name = "offset {0}, {1} items of {2} -> next offset {3}")
    @CsvSource({"0, 20, 45, 20", "20, 20, 45, 40", "0, 5, 6, 5", "100, 1, 102, 101"})
    void a_page_short_of_the_total_has_a_next_query_after_its_items(int offset, int items, long total, int next) {
        Page<String> page = page(offset, items, total);

        assertThat(page.hasNext()).isTrue();
        assertThat(page.nextQuery()).contains(QUERY.withOffset(next));
    }

    @ParameterizedTest(name = "offset {0}, {1} items of {2}")
    @CsvSource({"40, 5, 45", "0, 0, 0", "0, 3, 3", "50, 0, 45", "0, 0, 10"})
    void a_page_that_reaches_the_total_or_is_empty_has_no_next(int offset, int items, long total) {
        Page<String> page = page(offset, items, total);

        assertThat(page.hasNext()).isFalse();
        assertThat(page.nextQuery()).isEmpty();
    }

    @ParameterizedTest(name = "offset {0}, {1} items, total {2} reported {3} -> next {4}")
    @CsvSource({"0, 20, 20, false, true", "0, 19, 19, false, false", "0, 0, 0, false, false",
            "100, 20, 50, true, true", "100, 7, 50, true, false", "0, 20, 20, true, false"})
    void a_full_page_may_have_more_behind_it_when_total_count_is_missing_or_smaller_than_the_pages(
            int offset, int items, long total, boolean reported, boolean next) {
        Page<String> page = new Page<>(Collections.nCopies(items, "w"), total, QUERY.withOffset(offset), reported);

        assertThat(page.hasNext()).isEqualTo(next);
        assertThat(page.nextQuery().map(ListQuery::offset)).isEqualTo(next ? Optional.of(offset + items)
                : Optional.empty());
    }

    @Test
    void the_next_query_keeps_every_filter_and_the_limit() {
        ListQuery next = page(0, 20, 45).nextQuery().orElseThrow();

        assertThat(next.limit()).isEqualTo(20);
        assertThat(next.chatType()).contains(ChatTypeFilter.WEB_CHAT);
        assertThat(next.excludeChatType()).contains(ChatType.WA_CHAT);
        assertThat(next.voiceAiAgentId()).contains("ag");
        assertThat(next.locationId()).isEqualTo(QUERY.locationId());
    }

    @Test
    void items_are_copied_and_cannot_be_changed() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 1, QUERY);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_negative_total_is_refused() {
        assertThatThrownBy(() -> new Page<>(List.of(), -1, QUERY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("totalCount");
    }

    private static Page<String> page(int offset, int items, long total) {
        return new Page<>(Collections.nCopies(items, "w"), total, QUERY.withOffset(offset));
    }
}
