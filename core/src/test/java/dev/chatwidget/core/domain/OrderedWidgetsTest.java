package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.rules.ListOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Fixed edit scripts on the order-statistic tree, checked against a sorted map after every step: the example
 * companion of {@link OrderedWidgetsPropertiesTest}, small enough for the mutation run to replay per mutant.
 */
class OrderedWidgetsTest {

    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final LocationId LOCATION = LocationId.of("loc");

    /** The tree under test beside a sorted map of the same widgets, edited together. */
    private static final class Mirror {
        OrderedWidgets tree = OrderedWidgets.EMPTY;
        final TreeMap<ChatWidget, ChatWidget> model = new TreeMap<>(ListOrder::compare);

        void put(ChatWidget w) {
            tree = tree.put(w);
            model.put(w, w);
        }

        void remove(ChatWidget w) {
            tree = tree.remove(w);
            model.remove(w);
        }

        void putAll(int count) {
            for (int i = 0; i < count; i++) {
                put(widget(i, i));
            }
        }
    }

    @Test
    void a_seeded_mix_of_puts_and_removes_agrees_with_a_sorted_map_at_every_step() {
        Random random = new Random(11);
        Mirror m = new Mirror();
        for (int step = 0; step < 160; step++) {
            ChatWidget w = widget(random.nextInt(12), random.nextInt(40));
            if (random.nextInt(10) < 7) {
                m.put(w);
            } else {
                m.remove(w);
            }
            assertAgrees(m, "step " + step);
        }
    }

    @Test
    void inserts_from_both_ends_then_removes_from_either_end_stay_balanced() {
        Mirror m = new Mirror();
        for (int i = 0; i < 40; i++) {
            m.put(widget(i, i));
            m.put(widget(100 - i, 100 - i));
            assertAgrees(m, "insert " + i);
        }
        for (int i = 0; i < 40; i++) {
            m.remove(i % 2 == 0 ? m.model.firstKey() : m.model.lastKey());
            assertAgrees(m, "remove " + i);
        }
    }

    @Test
    void removing_inner_nodes_keeps_order_and_balance() {
        Mirror m = new Mirror();
        m.putAll(63);
        for (int i : new int[] {31, 15, 47, 7, 23, 39, 55, 32, 30, 0, 62}) {
            m.remove(widget(i, i));
            assertAgrees(m, "remove " + i);
        }
    }

    @Test
    void a_put_with_the_same_id_and_time_replaces_and_ties_in_time_order_by_id() {
        ChatWidget first = widget(5, 2);
        ChatWidget renamed = new ChatWidget(first.id(), LOCATION, 3, ChatType.LIVE_CHAT, "renamed", false, false,
                null, Optional.empty(), Optional.empty(), Optional.empty(), first.createdAt(), first.updatedAt());
        ChatWidget sameTimeLowerId = widget(5, 1);

        OrderedWidgets tree = OrderedWidgets.EMPTY.put(first).put(sameTimeLowerId).put(renamed);

        assertThat(tree.size()).isEqualTo(2);
        assertThat(tree.get(0)).isSameAs(sameTimeLowerId);
        assertThat(tree.get(1)).isSameAs(renamed);
    }

    @Test
    void removing_an_absent_widget_returns_the_same_tree() {
        OrderedWidgets tree = OrderedWidgets.EMPTY.put(widget(1, 1)).put(widget(2, 2)).put(widget(3, 3));

        assertThat(tree.remove(widget(9, 9))).isSameAs(tree);
        assertThat(tree.remove(widget(0, 0))).isSameAs(tree);
        assertThat(OrderedWidgets.EMPTY.remove(widget(1, 1))).isSameAs(OrderedWidgets.EMPTY);
    }

    @Test
    void the_empty_tree_has_nothing_and_bad_indexes_are_refused() {
        OrderedWidgets one = OrderedWidgets.EMPTY.put(widget(1, 1));

        assertThat(OrderedWidgets.EMPTY.isEmpty()).isTrue();
        assertThat(OrderedWidgets.EMPTY.size()).isZero();
        assertThat(one.isEmpty()).isFalse();
        assertThat(OrderedWidgets.EMPTY.iterator().hasNext()).isFalse();
        assertThatThrownBy(() -> OrderedWidgets.EMPTY.iterator().next()).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> one.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> one.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(one.iterator(1).hasNext()).isFalse();
    }

    private static void assertAgrees(Mirror m, String at) {
        OrderedWidgets tree = m.tree;
        TreeMap<ChatWidget, ChatWidget> model = m.model;
        List<ChatWidget> expected = new ArrayList<>(model.values());
        assertThat(tree.isBalanced()).as(at + ": balanced").isTrue();
        assertThat(tree.size()).as(at + ": size").isEqualTo(expected.size());
        assertThat(tree.isEmpty()).as(at + ": empty").isEqualTo(expected.isEmpty());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(tree.get(i)).as(at + ": get " + i).isSameAs(expected.get(i));
            assertThat(tree.rank(expected.get(i))).as(at + ": rank " + i).isEqualTo(i);
        }
        for (int from = 0; from <= expected.size() + 1; from += 3) {
            assertThat(toList(tree.iterator(from))).as(at + ": from " + from)
                    .containsExactlyElementsOf(expected.subList(Math.min(from, expected.size()), expected.size()));
        }
        ChatWidget absent = widget(6, 99);
        assertThat(tree.rank(absent)).as(at + ": rank of an absent widget").isEqualTo(model.headMap(absent).size());
    }

    static ChatWidget widget(int second, int id) {
        return new ChatWidget(WidgetId.of(String.format("w%03d", id)), LOCATION, 3, ChatType.LIVE_CHAT, "w" + id,
                false, false, null, Optional.empty(), Optional.empty(), Optional.empty(), EPOCH.plusSeconds(second),
                EPOCH.plusSeconds(second));
    }

    static List<ChatWidget> toList(Iterator<ChatWidget> it) {
        List<ChatWidget> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
