package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.invalidQuery;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rule 7: list order, paging and its bounds, and agreement between list and get. */
public interface ListContract extends GatewayContractHooks {

    Comparator<WidgetSummary> LIST_ORDER =
            Comparator.comparing(WidgetSummary::createdAt).thenComparing(WidgetSummary::id);

    @Test
    @Tag(ContractTags.SAFE)
    default void empty_location_lists_nothing() {
        Page<WidgetSummary> page = scenario().list(scenario().query());

        assertThat(page.items()).as("items of an empty location").isEmpty();
        assertThat(page.totalCount()).as("totalCount of an empty location").isZero();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void list_returns_live_widgets_ordered_by_created_at_then_id() {
        Scenario s = scenario();
        List<WidgetId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(s.create(i % 2 == 0 ? s.liveChat("w" + i) : s.emailChat("w" + i)).id());
        }

        List<WidgetSummary> items = s.list(s.query()).items();

        assertThat(items).as("list items").isSortedAccordingTo(LIST_ORDER);
        assertThat(items).extracting(WidgetSummary::id).as("ids listed").containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    default void list_order_breaks_created_at_ties_by_id() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        String prefix = ContractIds.randomId().substring(0, 19);
        Instant tie = Instant.parse("2024-03-01T12:00:00Z");
        WidgetId c = s.seed(s.seedOf(ChatType.LIVE_CHAT, "c").withId(WidgetId.of(prefix + "c")).withCreatedAt(tie)).id();
        WidgetId a = s.seed(s.seedOf(ChatType.LIVE_CHAT, "a").withId(WidgetId.of(prefix + "a")).withCreatedAt(tie)).id();
        WidgetId older = s.seed(s.seedOf(ChatType.WA_CHAT, "older").withCreatedAt(tie.minusSeconds(60))).id();
        WidgetId b = s.seed(s.seedOf(ChatType.LIVE_CHAT, "b").withId(WidgetId.of(prefix + "b")).withCreatedAt(tie)).id();

        assertThat(s.list(s.query()).items()).extracting(WidgetSummary::id)
                .as("list order: createdAt ascending, then id")
                .containsExactly(older, a, b, c);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void list_items_agree_with_get() {
        Scenario s = scenario();
        s.create(s.liveChat("one").withSettings(ContractSettings.rich()));
        s.create(s.emailChat("two").withDefault(true));
        s.create("three");

        for (WidgetSummary item : s.listAll()) {
            ChatWidget read = s.fetch(item.id());
            assertThat(item.name()).as("listed name of %s", item.id()).isEqualTo(read.name());
            assertThat(item.chatType()).as("listed chatType of %s", item.id()).isEqualTo(read.chatType());
            assertThat(item.isDefault()).as("listed default flag of %s", item.id()).isEqualTo(read.isDefault());
            assertThat(item.createdAt()).as("listed createdAt of %s", item.id()).isEqualTo(read.createdAt());
            assertThat(item.updatedAt()).as("listed updatedAt of %s", item.id()).isEqualTo(read.updatedAt());
            assertThat(item.creationSource()).as("listed creationSource of %s", item.id())
                    .isEqualTo(read.creationSource());
            if (!item.settings().isEmpty()) {
                assertThat(item.settings()).as("listed settings of %s", item.id()).isEqualTo(read.settings());
            }
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void total_count_ignores_offset_and_limit() {
        Scenario s = scenario();
        for (int i = 0; i < 5; i++) {
            s.create("w" + i);
        }

        Page<WidgetSummary> first = s.list(s.query().withLimit(2));
        Page<WidgetSummary> last = s.list(s.query().withOffset(4).withLimit(2));

        assertThat(first.items()).as("items of offset 0, limit 2").hasSize(2);
        assertThat(first.totalCount()).as("totalCount of offset 0, limit 2").isEqualTo(5);
        assertThat(last.items()).as("items of offset 4, limit 2").hasSize(1);
        assertThat(last.totalCount()).as("totalCount of offset 4, limit 2").isEqualTo(5);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void offset_past_the_end_gives_no_items_and_the_right_total_count() {
        Scenario s = scenario();
        s.create("one");
        s.create("two");

        for (int offset : new int[] {2, 3, 100, ListQuery.MAX_OFFSET}) {
            Page<WidgetSummary> page = s.list(s.query().withOffset(offset));
            assertThat(page.items()).as("items at offset %d of 2 widgets", offset).isEmpty();
            assertThat(page.totalCount()).as("totalCount at offset %d of 2 widgets", offset).isEqualTo(2);
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void pages_concatenate_to_the_whole_list() {
        Scenario s = scenario();
        for (int i = 0; i < 7; i++) {
            s.create("w" + i);
        }
        List<WidgetSummary> whole = s.list(s.query().withLimit(ListQuery.MAX_LIMIT)).items();

        List<WidgetId> paged = new ArrayList<>();
        for (int offset = 0; offset < 7; offset += 3) {
            s.list(s.query().withOffset(offset).withLimit(3)).items().forEach(w -> paged.add(w.id()));
        }

        assertThat(paged).as("ids of pages of 3, in order").containsExactlyElementsOf(
                whole.stream().map(WidgetSummary::id).toList());
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void offset_and_limit_at_their_bounds_are_accepted() {
        Scenario s = scenario();
        s.create("one");

        assertThat(s.list(s.query().withOffset(0).withLimit(1)).items()).as("offset 0, limit 1").hasSize(1);
        assertThat(s.list(s.query().withOffset(ListQuery.MAX_OFFSET).withLimit(ListQuery.MAX_LIMIT)).totalCount())
                .as("offset 10000, limit 100").isEqualTo(1);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void negative_offset_and_limit_below_one_are_rejected_as_invalid() {
        Scenario s = scenario();

        invalidQuery(s.api().list(s.query().withOffset(-1)), "list with offset -1");
        invalidQuery(s.api().list(s.query().withLimit(0)), "list with limit 0");
        invalidQuery(s.api().list(s.query().withLimit(-5)), "list with limit -5");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void offset_above_10000_and_limit_above_100_are_rejected_as_invalid() {
        Scenario s = scenario();
        s.require(GatewayCapability.MODEL_CHOICES);

        invalidQuery(s.api().list(s.query().withOffset(ListQuery.MAX_OFFSET + 1)), "list with offset 10001");
        invalidQuery(s.api().list(s.query().withLimit(ListQuery.MAX_LIMIT + 1)), "list with limit 101");
    }
}
