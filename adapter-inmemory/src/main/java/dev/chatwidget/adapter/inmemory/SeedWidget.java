package dev.chatwidget.adapter.inmemory;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A widget to store directly, bypassing the API's write rules: any chat type (waChat, voiceAiChat, allInOneChat,
 * unknown ones), any creation source, default or not, even deleted. Rule 1 still holds after seeding.
 */
public record SeedWidget(
        LocationId locationId,
        ChatType chatType,
        String name,
        int version,
        boolean isDefault,
        boolean deleted,
        WidgetSettings settings,
        Optional<String> creationSource,
        Optional<String> updatedBy,
        Optional<WidgetId> originId,
        Optional<WidgetId> id,
        Optional<Instant> createdAt) {

    public SeedWidget {
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(chatType, "chatType");
        Objects.requireNonNull(name, "name");
        settings = settings == null ? WidgetSettings.EMPTY : settings;
        creationSource = creationSource == null ? Optional.empty() : creationSource;
        updatedBy = updatedBy == null ? Optional.empty() : updatedBy;
        originId = originId == null ? Optional.empty() : originId;
        id = id == null ? Optional.empty() : id;
        createdAt = createdAt == null ? Optional.empty() : createdAt;
    }

    /** A live, non-default widget of {@code chatType} at schema version 3. */
    public static SeedWidget of(LocationId locationId, ChatType chatType, String name) {
        return new SeedWidget(locationId, chatType, name, 3, false, false, WidgetSettings.EMPTY, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SeedWidget asDefault() {
        return new SeedWidget(locationId, chatType, name, version, true, deleted, settings, creationSource, updatedBy,
                originId, id, createdAt);
    }

    public SeedWidget asDeleted() {
        return new SeedWidget(locationId, chatType, name, version, isDefault, true, settings, creationSource,
                updatedBy, originId, id, createdAt);
    }

    public SeedWidget withVersion(int value) {
        return new SeedWidget(locationId, chatType, name, value, isDefault, deleted, settings, creationSource,
                updatedBy, originId, id, createdAt);
    }

    public SeedWidget withSettings(WidgetSettings value) {
        return new SeedWidget(locationId, chatType, name, version, isDefault, deleted, value, creationSource,
                updatedBy, originId, id, createdAt);
    }

    public SeedWidget withCreationSource(String value) {
        return new SeedWidget(locationId, chatType, name, version, isDefault, deleted, settings, Optional.of(value),
                updatedBy, originId, id, createdAt);
    }

    public SeedWidget withUpdatedBy(String value) {
        return new SeedWidget(locationId, chatType, name, version, isDefault, deleted, settings, creationSource,
                Optional.of(value), originId, id, createdAt);
    }

    public SeedWidget withOriginId(WidgetId value) {
        return new SeedWidget(locationId, chatType, name, version, isDefault, deleted, settings, creationSource,
                updatedBy, Optional.of(value), id, createdAt);
    }

    public SeedWidget withId(WidgetId value) {
        return new SeedWidget(locationId, chatType, name, version, isDefault, deleted, settings, creationSource,
                updatedBy, originId, Optional.of(value), createdAt);
    }

    public SeedWidget withCreatedAt(Instant value) {
        return new SeedWidget(locationId, chatType, name, version, isDefault, deleted, settings, creationSource,
                updatedBy, originId, id, Optional.of(value));
    }
}
