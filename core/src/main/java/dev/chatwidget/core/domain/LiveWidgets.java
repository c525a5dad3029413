package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.rules.ListFilter;
import io.vavr.collection.HashMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The live widgets of a location as the list operation reads them: in list order as a whole and per chat type,
 * each an {@link OrderedWidgets}. A page filtered by chat type (webChat and excludeChatType included) and its
 * {@code totalCount} come from these indexes without looking at other widgets. A page filtered by voiceAiAgentId or
 * creationSource reads only that agent's or that source's widgets (also indexed), testing the other filters on
 * them; only filters no index serves (excludeCreationSource, allInOneChatTypes) scan the widgets of the wanted types.
 */
final class LiveWidgets {

    static final LiveWidgets EMPTY = new LiveWidgets(OrderedWidgets.EMPTY, HashMap.empty(),
            new KeyedWidgets(ListFilter::voiceAiAgentId), new KeyedWidgets(ChatWidget::creationSource));

    private final OrderedWidgets all;
    private final HashMap<ChatType, OrderedWidgets> byType;
    private final KeyedWidgets byAgent;
    private final KeyedWidgets bySource;

    private LiveWidgets(OrderedWidgets all, HashMap<ChatType, OrderedWidgets> byType, KeyedWidgets byAgent,
                        KeyedWidgets bySource) {
        this.all = all;
        this.byType = byType;
        this.byAgent = byAgent;
        this.bySource = bySource;
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
        return new LiveWidgets(all.put(widget), byType.put(widget.chatType(), ofType.put(widget)),
                byAgent.add(widget), bySource.add(widget));
    }

    /** Removes a widget as it was stored (its chat type says which index holds it). */
    LiveWidgets remove(ChatWidget widget) {
        OrderedWidgets ofType = byType.get(widget.chatType()).getOrNull();
        if (ofType == null) {
            return this;
        }
        OrderedWidgets rest = ofType.remove(widget);
        return new LiveWidgets(all.remove(widget),
                rest.isEmpty() ? byType.remove(widget.chatType()) : byType.put(widget.chatType(), rest),
                byAgent.remove(widget), bySource.remove(widget));
    }

    Page<WidgetSummary> page(ListQuery query) {
        OrderedWidgets keyed = keyed(query);
        if (keyed != null) {
            return onlyOneKeyedFilter(query) ? slice(query, keyed.size(), () -> keyed.iterator(query.offset()))
                    : scan(query, keyed.iterator());
        }
        Sources sources = sources(query);
        if (query.excludeCreationSource().isPresent() || ListFilter.allInOneApplies(query)) {
            return scan(query, sources.from(0, null));
        }
        return slice(query, sources.size(), () -> sources.from(query.offset(), all));
    }

    /** The query's page of {@code total} matches, read from {@code fromOffset} (asked only if the page has items). */
    private static Page<WidgetSummary> slice(ListQuery query, int total, Supplier<Iterator<ChatWidget>> fromOffset) {
        List<WidgetSummary> items = new ArrayList<>(Math.max(0, Math.min(query.limit(), total - query.offset())));
        if (query.offset() < total) {
            Iterator<ChatWidget> it = fromOffset.get();
            while (it.hasNext() && items.size() < query.limit()) {
                items.add(it.next().summary());
            }
        }
        return new Page<>(items, total, query);
    }

    /** The smaller of the groups the voiceAiAgentId and creationSource filters select, or null without both. */
    private OrderedWidgets keyed(ListQuery query) {
        OrderedWidgets agent = query.voiceAiAgentId().map(byAgent::get).orElse(null);
        OrderedWidgets source = query.creationSource().map(s -> bySource.get(s.wireValue())).orElse(null);
        if (agent == null || source == null) {
            return agent == null ? source : agent;
        }
        return agent.size() <= source.size() ? agent : source;
    }

    /** Whether the query filters by voiceAiAgentId or creationSource and nothing else, so a group is the answer. */
    private static boolean onlyOneKeyedFilter(ListQuery query) {
        return query.chatType().isEmpty() && query.excludeChatType().isEmpty()
                && query.excludeCreationSource().isEmpty() && !ListFilter.allInOneApplies(query)
                && query.voiceAiAgentId().isPresent() != query.creationSource().isPresent();
    }

    /** Tests every candidate against the whole query, because totalCount counts every match. */
    private static Page<WidgetSummary> scan(ListQuery query, Iterator<ChatWidget> it) {
        List<WidgetSummary> items = new ArrayList<>();
        Predicate<ChatWidget> filter = ListFilter.of(query);
        long total = 0;
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
                return Collections.emptyIterator();
            }
            if (trees.size() == 1) {
                return trees.get(0).iterator(offset);
            }
            if (offset == 0) {
                return new MergedWidgets(trees, null);
            }
            return new MergedWidgets(trees, nth(offset, all));
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
}
