package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatWidget;
import java.util.Comparator;

/** Rule 7 (order): lists are sorted by {@code createdAt} ascending, then by id. */
public final class ListOrder {

    /** Rule 7's order as a comparator. */
    public static final Comparator<ChatWidget> COMPARATOR = ListOrder::compare;

    private ListOrder() {
    }

    /** Rule 7's order, read straight from the widgets (no key objects: it runs on every step of a list). */
    public static int compare(ChatWidget a, ChatWidget b) {
        int byTime = a.createdAt().compareTo(b.createdAt());
        return byTime != 0 ? byTime : a.id().compareTo(b.id());
    }
}
