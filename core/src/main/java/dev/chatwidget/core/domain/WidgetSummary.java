package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A widget as the list operation returns it: fewer fields than {@link ChatWidget}. */
public record WidgetSummary(
        WidgetId id,
        String name,
        ChatType chatType,
        boolean isDefault,
        Optional<String> creationSource,
        WidgetSettings settings,
        Instant createdAt,
        Instant updatedAt) {

    public WidgetSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chatType, "chatType");
        creationSource = creationSource == null ? Optional.empty() : creationSource;
        settings = settings == null ? WidgetSettings.EMPTY : settings;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
