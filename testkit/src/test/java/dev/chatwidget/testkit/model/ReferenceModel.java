package dev.chatwidget.testkit.model;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.MergePatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deliberately naive model of one location, written from ARCHITECTURE.md's rules without the core's code:
 * a plain list in creation order. The in-memory adapter must agree with it on every outcome.
 */
final class ReferenceModel {

    /** What the model knows of a widget. */
    static final class Entry {
        final WidgetId id;
        final long order;
        ChatType type;
        String name;
        JsonObject settings;
        boolean isDefault;
        boolean deleted;

        Entry(WidgetId id, long order, ChatType type, String name, JsonObject settings) {
            this.id = id;
            this.order = order;
            this.type = type;
            this.name = name;
            this.settings = settings;
        }
    }

    /** The outcome class the model predicts. */
    enum Outcome { OK, NOT_FOUND, INVALID }

    private final List<Entry> entries = new ArrayList<>();
    private long clock;

    List<Entry> entries() {
        return entries;
    }

    List<Entry> live() {
        return entries.stream().filter(e -> !e.deleted)
                .sorted(Comparator.<Entry>comparingLong(e -> e.order).thenComparing(e -> e.id.value())).toList();
    }

    Outcome predictCreate(ChatType type, String name) {
        return writable(type) && validName(name) ? Outcome.OK : Outcome.INVALID;
    }

    void create(WidgetId id, ChatType type, String name, boolean wantsDefault, JsonObject settings) {
        Entry e = new Entry(id, clock++, type, name, settings);
        boolean makeDefault = live().isEmpty() || wantsDefault;
        entries.add(e);
        if (makeDefault) {
            makeDefault(e);
        }
    }

    Outcome predictUpdate(Optional<Entry> target, Optional<ChatType> type, Optional<String> name,
                          Optional<Boolean> wantsDefault) {
        // The body is checked before the widget is looked up (like a server's request validation).
        if (!type.map(ReferenceModel::writable).orElse(true) || !name.map(ReferenceModel::validName).orElse(true)) {
            return Outcome.INVALID;
        }
        if (target.isEmpty() || target.get().deleted) {
            return Outcome.NOT_FOUND;
        }
        boolean ok = writable(type.orElse(target.get().type))
                && !(target.get().isDefault && wantsDefault.equals(Optional.of(false)));
        return ok ? Outcome.OK : Outcome.INVALID;
    }

    void update(Entry target, Optional<ChatType> type, Optional<String> name, Optional<Boolean> wantsDefault,
                Optional<JsonObject> settings, boolean merge) {
        clock++;
        type.ifPresent(t -> target.type = t);
        name.ifPresent(n -> target.name = n);
        settings.ifPresent(s -> target.settings = merge ? MergePatch.applyToObject(target.settings, s) : s);
        if (wantsDefault.orElse(false)) {
            makeDefault(target);
        }
    }

    Outcome predictDelete(Optional<Entry> target) {
        return target.isEmpty() || target.get().deleted ? Outcome.NOT_FOUND : Outcome.OK;
    }

    void delete(Entry target) {
        clock++;
        boolean wasDefault = target.isDefault;
        target.deleted = true;
        target.isDefault = false;
        if (wasDefault) {
            live().stream().findFirst().ifPresent(this::makeDefault);
        }
    }

    Outcome predictClone(Optional<Entry> source, Optional<String> name) {
        if (!name.map(ReferenceModel::validName).orElse(true)) {
            return Outcome.INVALID;
        }
        if (source.isEmpty() || source.get().deleted) {
            return Outcome.NOT_FOUND;
        }
        return writable(source.get().type) ? Outcome.OK : Outcome.INVALID;
    }

    void cloneOf(Entry source, WidgetId id, Optional<String> name) {
        create(id, source.type, name.orElse(source.name + " (copy)"), false, source.settings);
    }

    List<Entry> list(Optional<ChatTypeFilter> filter) {
        return live().stream().filter(e -> filter.map(f -> f.matches(e.type)).orElse(true)).toList();
    }

    private void makeDefault(Entry chosen) {
        entries.forEach(e -> e.isDefault = e == chosen);
    }

    private static boolean writable(ChatType type) {
        return type.equals(ChatType.LIVE_CHAT) || type.equals(ChatType.EMAIL_CHAT);
    }

    private static boolean validName(String name) {
        return !name.isBlank() && name.length() <= 255;
    }
}
