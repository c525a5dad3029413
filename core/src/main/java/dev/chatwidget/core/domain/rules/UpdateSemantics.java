package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;

/**
 * Rule 4: replace sets every field it names and replaces {@code settings} whole; patch sets the fields it names
 * and merges {@code settings} as an RFC 7386 merge patch. In both, a field not named keeps its value. The default
 * flag is rule 1's business and is not touched here.
 */
public final class UpdateSemantics {

    private UpdateSemantics() {
    }

    public static ChatWidget replace(ChatWidget current, WidgetUpdate update, Instant at) {
        WidgetSettings settings = update.settings().orElse(current.settings());
        return apply(current, update, settings, at);
    }

    public static ChatWidget patch(ChatWidget current, WidgetUpdate update, Instant at) {
        WidgetSettings settings = update.settings().map(current.settings()::merge).orElse(current.settings());
        return apply(current, update, settings, at);
    }

    private static ChatWidget apply(ChatWidget current, WidgetUpdate update, WidgetSettings settings, Instant at) {
        return current.withContent(
                update.version().orElse(current.version()),
                update.chatType().orElse(current.chatType()),
                update.name().orElse(current.name()),
                settings,
                at);
    }
}
