package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.error.Violation;
import java.util.Optional;

/**
 * Rule 1: while a location has a live widget, exactly one live widget is its default. The first widget into an
 * empty location becomes the default whatever was asked; asking for {@code default: true} takes the flag from the
 * old default; asking for {@code default: false} on the current default is refused.
 */
public final class ExactlyOneDefault {

    private ExactlyOneDefault() {
    }

    /** Whether a widget arriving in the location (create, clone, seed) is to be its default. */
    public static boolean arrivingIsDefault(boolean locationHasLiveWidget, boolean requested) {
        return !locationHasLiveWidget || requested;
    }

    /** Refuses un-defaulting the current default: another widget must be made default instead. */
    public static Optional<Violation> checkUnset(ChatWidget current, Optional<Boolean> requested) {
        if (current.isDefault() && requested.isPresent() && !requested.get()) {
            return Optional.of(Violation.of("default",
                    "cannot be set to false on the location's default widget; make another widget the default instead"));
        }
        return Optional.empty();
    }

    /** Whether an update takes the default flag for {@code current}. */
    public static boolean takesDefault(ChatWidget current, Optional<Boolean> requested) {
        return !current.isDefault() && requested.orElse(false);
    }
}
