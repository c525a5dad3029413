package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.rules.ListFilter;
import dev.chatwidget.core.domain.rules.ListOrder;
import io.vavr.collection.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The live widgets of a location as the list operation reads them: in list order as a whole and per chat type,
 * each an {@link OrderedWidgets}. A page filtered by chat type (webChat and excludeChatType included) and its
 * {@code totalCount} come from these indexes without looking at other widgets; only filters no index serves
 * (voiceAiAgentId, allInOneChatTypes) fall back to a scan, and then only of the widgets of the wanted types.
 */
final class LiveWidgets {

    static final LiveWidgets EMPTY = new LiveWidgets(OrderedWidgets.EMPTY, HashMap.empty());

    private final OrderedWidgets all;
    private final HashMap<ChatType, OrderedWidgets> byType;

    private LiveWidgets(OrderedWidgets all, HashMap<ChatType, OrderedWidgets> byType) {
        this.all = all;
        this.byType = byType;
    }

    int size() {
        return all.size();
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Every live widget in list order. */
    Iterable<ChatWidget> inListOrder() {
        return all;
    }

    /** Adds a live widget (one with the same id and creation time must have been removed first). */
    LiveWidgets add(ChatWidget widget) {
        OrderedWidgets ofType = byType.get(widget.chatType()).getOrElse(OrderedWidgets.EMPTY);
        return new LiveWidgets(all.put(widget), byType.put(widget.chatType(), ofType.put(widget)));
    }

    /** Removes a widget as it was stored (its chat type says which index holds it). */
    LiveWidgets remove(ChatWidget widget) {
        OrderedWidgets ofType = byType.get(widget.chatType()).getOrNull();
        if (ofType == null) {
            return this;
        }
        OrderedWidgets rest = ofType.remove(widget);
        return new LiveWidgets(all.remove(widget),
                rest.isEmpty() ? byType.remove(widget.chatType()) : byType.put(widget.chatType(), rest));
    }

    Page<WidgetSummary> page(ListQuery query) {
        Sources sources = sources(query);
        List<WidgetSummary> items = new ArrayList<>(Math.min(query.limit(), sources.size()));
        if (query.voiceAiAgentId().isPresent() || ListFilter.allInOneApplies(query)) {
            return scan(query, sources, items);
        }
        int total = sources.size();
        if (query.offset() < total) {
            Iterator<ChatWidget> it = sources.from(query.offset(), all);
            while (it.hasNext() && items.size() < query.limit()) {
                items.add(it.next().summary());
            }
        }
        return new Page<>(items, total, query);
    }

    /** The fallback for filters no index serves: every candidate is tested, because totalCount counts them all. */
    private static Page<WidgetSummary> scan(ListQuery query, Sources sources, List<WidgetSummary> items) {
        Predicate<ChatWidget> filter = ListFilter.of(query);
        long total = 0;
        Iterator<ChatWidget> it = sources.from(0, null);
        while (it.hasNext()) {
            ChatWidget w = it.next();
            if (filter.test(w)) {
                if (total >= query.offset() && items.size() < query.limit()) {
                    items.add(w.summary());
                }
                total++;
            }
        }
        return new Page<>(items, total, query);
    }

    /** The indexes holding exactly the widgets that pass the query's chat type filters (rule 7). */
    private Sources sources(ListQuery query) {
        Optional<ChatType> excluded = query.excludeChatType();
        if (query.chatType().isEmpty() && excluded.isEmpty()) {
            return new Sources(List.of(all), null);
        }
        if (excluded.isEmpty() && query.chatType().get() instanceof ChatTypeFilter.Only only) {
            OrderedWidgets tree = byType.get(only.type()).getOrNull();
            return new Sources(tree == null ? List.of() : List.of(tree), Set.of(only.type()));
        }
        List<OrderedWidgets> trees = new ArrayList<>();
        Set<ChatType> types = new HashSet<>();
        Iterable<ChatType> wanted = query.chatType().<Iterable<ChatType>>map(ChatTypeFilter::types)
                .orElseGet(byType::keySet);
        for (ChatType type : wanted) {
            OrderedWidgets tree = byType.get(type).getOrNull();
            if (tree != null && !excluded.filter(type::equals).isPresent()) {
                trees.add(tree);
                types.add(type);
            }
        }
        return new Sources(trees, types);
    }

    /** Disjoint indexes whose union, in list order, is what a query reads. */
    private record Sources(List<OrderedWidgets> trees, Set<ChatType> types) {

        int size() {
            int n = 0;
            for (OrderedWidgets t : trees) {
                n += t.size();
            }
            return n;
        }

        /** The union in list order from position {@code offset} on; {@code all} helps find that position. */
        Iterator<ChatWidget> from(int offset, OrderedWidgets all) {
            if (trees.isEmpty()) {
                return java.util.Collections.emptyIterator();
            }
            if (trees.size() == 1) {
                return trees.get(0).iterator(offset);
            }
            if (offset == 0) {
                return new Merged(trees, null);
            }
            return new Merged(trees, nth(offset, all));
        }

        /**
         * The union's widget at {@code offset}: the first position p in {@code all} at which the union holds more
         * than {@code offset} widgets up to and including p (a binary search over ranks, O(log^2 n)).
         */
        private ChatWidget nth(int offset, OrderedWidgets all) {
            int lo = offset;
            int hi = all.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (upTo(all.get(mid)) > offset) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return all.get(lo);
        }

        /** How many widgets of the union come before or at {@code w} in list order. */
        private int upTo(ChatWidget w) {
            int n = types.contains(w.chatType()) ? 1 : 0;
            for (OrderedWidgets t : trees) {
                n += t.rank(w);
            }
            return n;
        }
    }

    /** A k-way merge of disjoint ordered indexes (k is small: the chat types), optionally from a given widget. */
    private static final class Merged implements Iterator<ChatWidget> {
        private final Iterator<?>[] iterators;
        private final ChatWidget[] heads;
        private int live;

        Merged(List<OrderedWidgets> trees, ChatWidget first) {
            iterators = new Iterator<?>[trees.size()];
            heads = new ChatWidget[trees.size()];
            for (OrderedWidgets t : trees) {
                Iterator<ChatWidget> it = t.iterator(first == null ? 0 : t.rank(first));
                if (it.hasNext()) {
                    heads[live] = it.next();
                    iterators[live++] = it;
                }
            }
        }

        @Override
        public boolean hasNext() {
            return live > 0;
        }

        @Override
        public ChatWidget next() {
            if (live == 0) {
                throw new java.util.NoSuchElementException();
            }
            int min = 0;
            for (int i = 1; i < live; i++) {
                if (ListOrder.compare(heads[i], heads[min]) < 0) {
                    min = i;
                }
            }
            ChatWidget out = heads[min];
            Iterator<?> it = iterators[min];
            if (it.hasNext()) {
                heads[min] = (ChatWidget) it.next();
            } else {
                // The indexes are disjoint, so their order in the arrays does not matter: move the last one here.
                live--;
                heads[min] = heads[live];
                iterators[min] = iterators[live];
                heads[live] = null;
                iterators[live] = null;
            }
            return out;
        }
    }
}
