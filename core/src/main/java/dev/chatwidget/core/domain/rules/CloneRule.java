package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetId;
import java.time.Instant;
import java.util.Optional;

/**
 * Rule 6: a clone copies chatType, version and settings (a deep copy), never the default flag, sets
 * {@code originId} to the source, and is named as asked or else {@code "<source name> (copy)"}.
 */
public final class CloneRule {

    public static final String COPY_SUFFIX = " (copy)";

    private CloneRule() {
    }

    public static String cloneName(ChatWidget source, Optional<String> requested) {
        return requested.filter(n -> !n.isBlank()).orElse(source.name() + COPY_SUFFIX);
    }

    /**
     * The copy, not default (rule 1 may still make it default when the location is empty). Settings are
     * immutable values, so sharing them is a deep copy in effect: no change to one can reach the other.
     */
    public static ChatWidget copyOf(ChatWidget source, WidgetId newId, Optional<String> requestedName,
                                    Optional<String> creationSource, Instant at) {
        return new ChatWidget(newId, source.locationId(), source.version(), source.chatType(),
                cloneName(source, requestedName), false, false, source.settings(), creationSource, Optional.empty(),
                Optional.of(source.id()), at, at);
    }
}
