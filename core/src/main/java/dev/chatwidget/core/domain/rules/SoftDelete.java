package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.NotFound;
import io.vavr.control.Either;

/**
 * Rule 3: a deleted widget keeps its data with {@code deleted: true}, leaves every list, and answers 404 to get,
 * replace, patch, delete, clone and public config.
 */
public final class SoftDelete {

    private SoftDelete() {
    }

    /** The widget if it is visible (exists and is live), else the 404 every operation answers. */
    public static Either<NotFound, ChatWidget> visible(WidgetId id, ChatWidget stored) {
        if (stored == null || stored.deleted()) {
            return Either.left(NotFound.of("chat widget " + id.value() + " not found"));
        }
        return Either.right(stored);
    }
}
