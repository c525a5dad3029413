package dev.chatwidget.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a widget was made ({@code creationSource}). An open set like {@link ChatType}: the documented values are
 * constants, and any other value the service sends is kept as read ({@link #isKnown()} is then false).
 */
public record CreationSource(String wireValue) {

    public static final CreationSource CHAT_WIDGET = new CreationSource("chat-widget");
    public static final CreationSource A2P_COMPLIANCE = new CreationSource("a2pCompliance");
    public static final CreationSource PUBLIC_API = new CreationSource("public-api");
    public static final CreationSource SNAPSHOT = new CreationSource("snapshot");

    /** The values the current docs list, in their order. */
    public static final List<CreationSource> KNOWN = List.of(CHAT_WIDGET, A2P_COMPLIANCE, PUBLIC_API, SNAPSHOT);

    public CreationSource {
        Objects.requireNonNull(wireValue, "creationSource");
        if (wireValue.isBlank()) {
            throw new IllegalArgumentException("creationSource must not be blank");
        }
    }

    /** The source for a wire value, known or not. */
    public static CreationSource of(String wireValue) {
        for (CreationSource known : KNOWN) {
            if (known.wireValue.equals(wireValue)) {
                return known;
            }
        }
        return new CreationSource(wireValue);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** Whether a widget's {@code creationSource} (absent on old widgets) is this one. */
    public boolean matches(Optional<String> widgetSource) {
        return widgetSource.filter(wireValue::equals).isPresent();
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
