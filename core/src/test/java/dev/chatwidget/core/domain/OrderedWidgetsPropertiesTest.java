package dev.chatwidget.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.rules.ListOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The order-statistic tree behind list pages agrees with a sorted map, and stays balanced, under any edits. */
class OrderedWidgetsPropertiesTest {

    record Edit(boolean put, int second, int id) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, 9).map(n -> n < 7),
                Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 80)).as(Edit::new);
        return edit.list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void agrees_with_a_sorted_map_after_any_puts_and_removes(@ForAll("edits") List<Edit> edits,
                                                              @ForAll @IntRange(min = 0, max = 450) int from) {
        OrderedWidgets tree = OrderedWidgets.EMPTY;
        TreeMap<ChatWidget, ChatWidget> model = new TreeMap<>(ListOrder.COMPARATOR);
        for (Edit e : edits) {
            ChatWidget w = widget(e.second(), e.id());
            if (e.put()) {
                tree = tree.put(w);
                model.put(w, w);
            } else {
                tree = tree.remove(w);
                model.remove(w);
            }
            assertThat(tree.isBalanced()).isTrue();
        }
        List<ChatWidget> expected = new ArrayList<>(model.values());
        assertThat(tree.size()).isEqualTo(expected.size());
        assertThat(toList(tree.iterator())).containsExactlyElementsOf(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(tree.get(i)).isSameAs(expected.get(i));
            assertThat(tree.rank(expected.get(i))).isEqualTo(i);
        }
        ChatWidget probe = widget(from % 31, from % 81);
        assertThat(tree.rank(probe)).isEqualTo(model.headMap(probe).size());
        assertThat(toList(tree.iterator(from)))
                .containsExactlyElementsOf(expected.subList(Math.min(from, expected.size()), expected.size()));
    }

    @Property(tries = 20)
    void stays_balanced_under_sorted_inserts_and_removes(@ForAll @IntRange(min = 1, max = 3000) int n) {
        OrderedWidgets tree = OrderedWidgets.EMPTY;
        for (int i = 0; i < n; i++) {
            tree = tree.put(widget(i, i));
        }
        assertThat(tree.isBalanced()).isTrue();
        for (int i = 0; i < n; i += 2) {
            tree = tree.remove(widget(i, i));
        }
        assertThat(tree.isBalanced()).isTrue();
        assertThat(tree.size()).isEqualTo(n / 2);
    }

    private static ChatWidget widget(int second, int id) {
        return OrderedWidgetsTest.widget(second, id);
    }

    private static List<ChatWidget> toList(Iterator<ChatWidget> it) {
        return OrderedWidgetsTest.toList(it);
    }
}
