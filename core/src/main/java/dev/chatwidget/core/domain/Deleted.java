package dev.chatwidget.core.domain;

import java.util.Objects;

/** The outcome of a delete: the widget that is now soft-deleted. */
public record Deleted(LocationId locationId, WidgetId id) {

    public Deleted {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(id, "id");
    }
}
