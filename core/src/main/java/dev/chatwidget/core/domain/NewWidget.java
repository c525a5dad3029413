package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.Optional;

/**
 * The body of a create. Required: version, chatType, name, locationId; the rest is optional. Checked by the
 * service (rule 5) before any call, so nothing here throws for a bad value.
 */
public record NewWidget(
        LocationId locationId,
        int version,
        ChatType chatType,
        String name,
        Optional<Boolean> isDefault,
        Optional<Boolean> deleted,
        Optional<WidgetSettings> settings) {

    public NewWidget {
        isDefault = isDefault == null ? Optional.empty() : isDefault;
        deleted = deleted == null ? Optional.empty() : deleted;
        settings = settings == null ? Optional.empty() : settings;
    }

    public static NewWidget of(LocationId locationId, ChatType chatType, String name) {
        return new NewWidget(locationId, 3, chatType, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public NewWidget withVersion(int value) {
        return new NewWidget(locationId, value, chatType, name, isDefault, deleted, settings);
    }

    public NewWidget withDefault(boolean value) {
        return new NewWidget(locationId, version, chatType, name, Optional.of(value), deleted, settings);
    }

    public NewWidget withDeleted(boolean value) {
        return new NewWidget(locationId, version, chatType, name, isDefault, Optional.of(value), settings);
    }

    public NewWidget withSettings(WidgetSettings value) {
        return new NewWidget(locationId, version, chatType, name, isDefault, deleted, Optional.of(value));
    }
}
