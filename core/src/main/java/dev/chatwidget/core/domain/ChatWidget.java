package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat widget as the service stores it.
 *
 * @param version      the widget's schema version (e.g. 2 or 3), not a revision counter
 * @param isDefault    whether this is its location's default widget ({@code default} on the wire)
 * @param originId     the widget it was cloned or imported from
 */
public record ChatWidget(
        WidgetId id,
        LocationId locationId,
        int version,
        ChatType chatType,
        String name,
        boolean deleted,
        boolean isDefault,
        WidgetSettings settings,
        Optional<String> creationSource,
        Optional<String> updatedBy,
        Optional<WidgetId> originId,
        Instant createdAt,
        Instant updatedAt) {

    public ChatWidget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(chatType, "chatType");
        Objects.requireNonNull(name, "name");
        settings = settings == null ? WidgetSettings.EMPTY : settings;
        creationSource = creationSource == null ? Optional.empty() : creationSource;
        updatedBy = updatedBy == null ? Optional.empty() : updatedBy;
        originId = originId == null ? Optional.empty() : originId;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether the widget is live, i.e. not soft-deleted. */
    public boolean isLive() {
        return !deleted;
    }

    /** The list-item view of this widget. */
    public WidgetSummary summary() {
        return new WidgetSummary(id, name, chatType, isDefault, creationSource, settings, createdAt, updatedAt);
    }

    public ChatWidget withDefault(boolean value, Instant at) {
        return new ChatWidget(id, locationId, version, chatType, name, deleted, value, settings, creationSource,
                updatedBy, originId, createdAt, at);
    }

    /** The tombstone of rule 3 (soft delete): everything kept, flagged deleted, no longer the default. */
    public ChatWidget withDeleted(Instant at) {
        return new ChatWidget(id, locationId, version, chatType, name, true, false, settings, creationSource,
                updatedBy, originId, createdAt, at);
    }

    public ChatWidget withContent(int newVersion, ChatType newType, String newName, WidgetSettings newSettings,
                                  Instant at) {
        return new ChatWidget(id, locationId, newVersion, newType, newName, deleted, isDefault, newSettings,
                creationSource, updatedBy, originId, createdAt, at);
    }
}
