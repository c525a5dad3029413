package dev.chatwidget.core.domain;

import io.vavr.collection.HashMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * Live widgets grouped by one string a list filter matches exactly (the voice AI agent id, the creation source),
 * each group in list order, so a page filtered by that key reads only its group. Immutable, like its groups.
 */
final class KeyedWidgets {

    private final Function<ChatWidget, Optional<String>> key;
    private final HashMap<String, OrderedWidgets> groups;

    KeyedWidgets(Function<ChatWidget, Optional<String>> key) {
        this(key, HashMap.empty());
    }

    private KeyedWidgets(Function<ChatWidget, Optional<String>> key, HashMap<String, OrderedWidgets> groups) {
        this.key = key;
        this.groups = groups;
    }

    /** The widgets whose key is {@code value}, in list order (empty when there are none). */
    OrderedWidgets get(String value) {
        return groups.get(value).getOrElse(OrderedWidgets.EMPTY);
    }

    KeyedWidgets add(ChatWidget widget) {
        Optional<String> k = key.apply(widget);
        if (k.isEmpty()) {
            return this;
        }
        return new KeyedWidgets(key, groups.put(k.get(), get(k.get()).put(widget)));
    }

    /** Removes a widget as it was stored (so its key is the one it was added under). */
    KeyedWidgets remove(ChatWidget widget) {
        Optional<String> k = key.apply(widget);
        if (k.isEmpty() || !groups.containsKey(k.get())) {
            return this;
        }
        OrderedWidgets rest = get(k.get()).remove(widget);
        return new KeyedWidgets(key, rest.isEmpty() ? groups.remove(k.get()) : groups.put(k.get(), rest));
    }
}
