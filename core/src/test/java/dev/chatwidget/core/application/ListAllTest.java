package dev.chatwidget.core.application;

import static dev.chatwidget.core.application.RecordingGateway.LOCATION;
import static dev.chatwidget.core.application.RecordingGateway.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.application.RecordingGateway.Call;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ServerError;
import io.vavr.control.Either;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** listAll follows pages until totalCount (or the offset cap) and stops at the first error. */
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
    void list_all_never_asks_past_the_offset_cap() {
        gateway.listing(query -> pageOf(query, 20_000));

        List<WidgetSummary> all = service.listAll(ListQuery.of(LOCATION).withLimit(100)).get();

        assertThat(offsetsAsked()).last().isEqualTo(ListQuery.MAX_OFFSET);
        assertThat(offsetsAsked()).allMatch(offset -> offset <= ListQuery.MAX_OFFSET).hasSize(101);
        assertThat(all).hasSize(10_100);
    }

    private List<Integer> offsetsAsked() {
        return gateway.calls().stream().map(Call::arguments).map(a -> ((ListQuery) a.get(0)).offset()).toList();
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
