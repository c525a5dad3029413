package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.rules.ListOrder;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** A k-way merge of disjoint ordered indexes (k is small: the chat types), optionally from a given widget. */
final class MergedWidgets implements Iterator<ChatWidget> {

    private final Iterator<?>[] iterators;
    private final ChatWidget[] heads;
    private int live;

    MergedWidgets(List<OrderedWidgets> trees, ChatWidget first) {
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
            throw new NoSuchElementException();
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
