package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetId;
import java.time.Instant;
import java.util.Comparator;

/** Rule 7 (order): lists are sorted by {@code createdAt} ascending, then by id. */
public final class ListOrder {

    public static final Comparator<ChatWidget> COMPARATOR =
            Comparator.comparing(ChatWidget::createdAt).thenComparing(ChatWidget::id);

    private ListOrder() {
    }

    public static Key key(ChatWidget widget) {
        return new Key(widget.createdAt(), widget.id());
    }

    /** A widget's place in list order. */
    public record Key(Instant createdAt, WidgetId id) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byTime = createdAt.compareTo(other.createdAt);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }
}
