package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.Objects;

/**
 * The public projection of a widget that a website needs to render it (the service's response schema is not
 * documented; an embed script reads {@code {"config": {...}}}).
 */
public record PublicConfig(WidgetId id, LocationId locationId, ChatType chatType, int version, String name,
                           WidgetSettings settings) {

    public PublicConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(chatType, "chatType");
        Objects.requireNonNull(name, "name");
        settings = settings == null ? WidgetSettings.EMPTY : settings;
    }

    public static PublicConfig of(ChatWidget widget) {
        return new PublicConfig(widget.id(), widget.locationId(), widget.chatType(), widget.version(), widget.name(),
                widget.settings());
    }
}
