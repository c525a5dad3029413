package dev.chatwidget.core.domain;

import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.Optional;

/**
 * The body of a replace (PUT) or patch (PATCH): every field optional; a field not named keeps its value. For a
 * replace, {@code settings} replaces the whole object; for a patch it is an RFC 7386 merge patch, where a JSON
 * {@code null} removes a key.
 */
public record WidgetUpdate(
        Optional<Integer> version,
        Optional<ChatType> chatType,
        Optional<String> name,
        Optional<Boolean> isDefault,
        Optional<WidgetSettings> settings) {

    public static final WidgetUpdate NONE =
            new WidgetUpdate(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public WidgetUpdate {
        version = version == null ? Optional.empty() : version;
        chatType = chatType == null ? Optional.empty() : chatType;
        name = name == null ? Optional.empty() : name;
        isDefault = isDefault == null ? Optional.empty() : isDefault;
        settings = settings == null ? Optional.empty() : settings;
    }

    public static WidgetUpdate none() {
        return NONE;
    }

    public WidgetUpdate withVersion(int value) {
        return new WidgetUpdate(Optional.of(value), chatType, name, isDefault, settings);
    }

    public WidgetUpdate withChatType(ChatType value) {
        return new WidgetUpdate(version, Optional.of(value), name, isDefault, settings);
    }

    public WidgetUpdate withName(String value) {
        return new WidgetUpdate(version, chatType, Optional.of(value), isDefault, settings);
    }

    public WidgetUpdate withDefault(boolean value) {
        return new WidgetUpdate(version, chatType, name, Optional.of(value), settings);
    }

    public WidgetUpdate withSettings(WidgetSettings value) {
        return new WidgetUpdate(version, chatType, name, isDefault, Optional.of(value));
    }
}
