package dev.chatwidget.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a delete: the widget that is now soft-deleted.
 *
 * @param widget the deleted widget as the service answered it ({@code deleted: true}); empty when the answer was
 *               empty or not a whole widget, and then {@code locationId} and {@code id} are what the call named
 */
public record Deleted(LocationId locationId, WidgetId id, Optional<ChatWidget> widget) {

    public Deleted {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(id, "id");
        widget = widget == null ? Optional.empty() : widget;
    }

    /** A delete whose answer carried no widget: only what the call named is known. */
    public Deleted(LocationId locationId, WidgetId id) {
        this(locationId, id, Optional.empty());
    }

    /** A delete answered with the deleted widget. */
    public static Deleted of(ChatWidget widget) {
        return new Deleted(widget.locationId(), widget.id(), Optional.of(widget));
    }

    /** Whether the service answered the deleted widget (else only the location and id are known). */
    public boolean reported() {
        return widget.isPresent();
    }
}
