package dev.chatwidget.core.domain;

import java.util.Objects;
import java.util.Optional;

/** The body of a clone: the location, the widget to copy, and optionally the copy's name. */
public record CloneRequest(LocationId locationId, WidgetId sourceId, Optional<String> name) {

    public CloneRequest {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(sourceId, "sourceId");
        name = name == null ? Optional.empty() : name;
    }

    public static CloneRequest of(LocationId locationId, WidgetId sourceId) {
        return new CloneRequest(locationId, sourceId, Optional.empty());
    }

    public CloneRequest withName(String value) {
        return new CloneRequest(locationId, sourceId, Optional.of(value));
    }
}
