package dev.chatwidget.core.application;

import static dev.chatwidget.core.application.RecordingGateway.LOCATION;
import static dev.chatwidget.core.application.RecordingGateway.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.application.RecordingGateway.Call;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.ServerError;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * listAll and walk follow pages while totalCount says there are more, or pages come back full when it is missing or
 * wrong; they never stop silently short (the offset cap is an error), list a repeated widget once and stop at the
 * first error.
 */
class ListAllTest {

    private final RecordingGateway gateway = new RecordingGateway();
    private final ChatWidgetService service = new ChatWidgetService(gateway);

    @Test
    void list_all_follows_pages_until_total_count() {
        gateway.listing(query -> pageOf(query, 45));

        List<WidgetSummary> all = service.listAll(ListQuery.of(LOCATION).withLimit(20)).get();

        assertThat(all).extracting(WidgetSummary::name)
                .containsExactlyElementsOf(IntStream.range(0, 45).mapToObj(i -> "w" + i).toList());
        assertThat(offsetsAsked()).containsExactly(0, 20, 40);
    }

    @Test
    void list_all_starts_from_the_query_offset_and_keeps_its_filters() {
        gateway.listing(query -> pageOf(query, 30));
        ListQuery query = ListQuery.of(LOCATION).withOffset(10).withLimit(15).withChatType(ChatTypeFilter.WEB_CHAT)
                .withExcludeChatType(ChatType.WA_CHAT);

        List<WidgetSummary> all = service.listAll(query).get();

        assertThat(all).hasSize(20).first().extracting(WidgetSummary::name).isEqualTo("w10");
        assertThat(gateway.calls()).extracting(c -> (ListQuery) c.arguments().get(0))
                .containsExactly(query, query.withOffset(25));
    }

    @Test
    void list_all_stops_at_the_first_error() {
        ServerError down = new ServerError(503, "unavailable", null);
        gateway.listing(query -> query.offset() == 0 ? pageOf(query, 100) : Either.left(down));

        assertThat(service.listAll(ListQuery.of(LOCATION).withLimit(10)).getLeft()).isSameAs(down);
        assertThat(offsetsAsked()).containsExactly(0, 10);
    }

    @Test
    void list_all_of_nothing_asks_once() {
        assertThat(service.listAll(ListQuery.of(LOCATION)).get()).isEmpty();
        assertThat(gateway.calls()).hasSize(1);
    }

    @Test
    void list_all_stops_when_a_page_comes_back_empty_before_the_total() {
        gateway.listing(query -> Either.right(new Page<>(List.of(), 500, query)));

        assertThat(service.listAll(ListQuery.of(LOCATION)).get()).isEmpty();
        assertThat(gateway.calls()).hasSize(1);
    }

    @Test
    void list_all_answers_invalid_offset_rather_than_a_short_list_past_the_offset_cap() {
        gateway.listing(query -> pageOf(query, 20_000));

        ChatWidgetError error = service.listAll(ListQuery.of(LOCATION).withLimit(100)).getLeft();

        assertThat(error).isInstanceOf(Invalid.class);
        assertThat(((Invalid) error).concerns("offset")).isTrue();
        assertThat(error.message()).contains("10000", "narrow the query");
        assertThat(offsetsAsked()).last().isEqualTo(ListQuery.MAX_OFFSET);
        assertThat(offsetsAsked()).allMatch(offset -> offset <= ListQuery.MAX_OFFSET).hasSize(101);
    }

    @Test
    void list_all_reaches_a_location_that_ends_exactly_at_the_offset_cap() {
        gateway.listing(query -> pageOf(query, ListQuery.MAX_OFFSET + 50));

        assertThat(service.listAll(ListQuery.of(LOCATION).withLimit(100)).get()).hasSize(ListQuery.MAX_OFFSET + 50);
    }

    @Test
    void list_all_keeps_paging_while_pages_are_full_when_total_count_is_missing() {
        gateway.listing(query -> unreported(pageOf(query, 205)));

        List<WidgetSummary> all = service.listAll(ListQuery.of(LOCATION).withLimit(100)).get();

        assertThat(all).hasSize(205).extracting(WidgetSummary::name).doesNotHaveDuplicates();
        assertThat(offsetsAsked()).containsExactly(0, 100, 200);
    }

    @Test
    void list_all_without_total_count_asks_once_more_after_a_last_full_page() {
        gateway.listing(query -> unreported(pageOf(query, 200)));

        assertThat(service.listAll(ListQuery.of(LOCATION).withLimit(100)).get()).hasSize(200);
        assertThat(offsetsAsked()).containsExactly(0, 100, 200);
    }

    @Test
    void list_all_keeps_paging_when_total_count_is_smaller_than_the_pages_hold() {
        gateway.listing(query -> pageOf(query, 250).map(p -> new Page<>(p.items(), 40, query)));

        assertThat(service.listAll(ListQuery.of(LOCATION).withLimit(100)).get()).hasSize(250);
        assertThat(offsetsAsked()).containsExactly(0, 100, 200);
    }

    @Test
    void list_all_lists_a_widget_repeated_by_a_changing_location_once() {
        // A widget created before the second page was read shifts w9 onto it: offset paging repeats it.
        gateway.listing(query -> query.offset() == 0 ? pageOf(query, 15)
                : Either.right(new Page<>(pageOf(query.withOffset(9), 15).get().items(), 16, query)));

        List<WidgetSummary> all = service.listAll(ListQuery.of(LOCATION).withLimit(10)).get();

        assertThat(all).extracting(WidgetSummary::name)
                .containsExactlyElementsOf(IntStream.range(0, 15).mapToObj(i -> "w" + i).toList());
    }

    @Test
    void walk_fetches_a_page_only_when_it_is_read() {
        gateway.listing(query -> pageOf(query, 1_000));

        List<String> firstFive = service.walk(ListQuery.of(LOCATION).withLimit(10)).stream().limit(5)
                .map(WidgetSummary::name).toList();

        assertThat(firstFive).containsExactly("w0", "w1", "w2", "w3", "w4");
        assertThat(offsetsAsked()).containsExactly(0);
    }

    @Test
    void walk_reads_every_widget_by_the_same_rules_as_list_all() {
        gateway.listing(query -> unreported(pageOf(query, 205)));
        List<String> walked = new ArrayList<>();

        service.walk(ListQuery.of(LOCATION).withLimit(100)).forEach(w -> walked.add(w.name()));

        assertThat(walked).containsExactlyElementsOf(IntStream.range(0, 205).mapToObj(i -> "w" + i).toList());
    }

    @Test
    void walk_gives_errors_as_values_by_page_and_throws_them_by_item() {
        ServerError down = new ServerError(503, "unavailable", null);
        gateway.listing(query -> query.offset() == 0 ? pageOf(query, 100) : Either.left(down));
        ListQuery query = ListQuery.of(LOCATION).withLimit(10);

        List<Either<ChatWidgetError, Page<WidgetSummary>>> pages = new ArrayList<>();
        service.walk(query).pages().forEachRemaining(pages::add);
        Iterator<WidgetSummary> items = service.walk(query).iterator();
        IntStream.range(0, 10).forEach(i -> items.next());

        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).getLeft()).isSameAs(down);
        assertThatThrownBy(items::hasNext).isInstanceOfSatisfying(ChatWidgetException.class,
                e -> assertThat(e.error()).isSameAs(down));
    }

    @Test
    void walk_validates_the_first_query_like_list() {
        ChatWidgetError error = service.walk(ListQuery.of(LOCATION).withLimit(0)).pages().next().getLeft();

        assertThat(((Invalid) error).concerns("limit")).isTrue();
        assertThat(gateway.calls()).isEmpty();
    }

    private List<Integer> offsetsAsked() {
        return gateway.calls().stream().map(Call::arguments).map(a -> ((ListQuery) a.get(0)).offset()).toList();
    }

    private static Either<ChatWidgetError, Page<WidgetSummary>> unreported(
            Either<ChatWidgetError, Page<WidgetSummary>> page) {
        return page.map(p -> new Page<>(p.items(), p.query().offset() + p.items().size(), p.query(), false));
    }

    /** A page of a location holding {@code total} widgets named w0, w1, ... in list order. */
    private static Either<ChatWidgetError, Page<WidgetSummary>> pageOf(ListQuery query, int total) {
        List<WidgetSummary> items = IntStream.range(query.offset(), Math.min(total, query.offset() + query.limit()))
                .mapToObj(i -> new WidgetSummary(WidgetId.of("w" + i), "w" + i, ChatType.LIVE_CHAT, i == 0, null,
                        null, T0.plusSeconds(i), T0.plusSeconds(i)))
                .toList();
        return Either.right(new Page<>(items, total, query));
    }
}
