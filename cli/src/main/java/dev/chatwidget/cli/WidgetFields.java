package dev.chatwidget.cli;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.WidgetUpdate;
import picocli.CommandLine.Option;

/** The widget fields that create, replace and patch take as options. */
final class WidgetFields {

    @Option(names = "--name", paramLabel = "NAME", description = "The widget's name (at most 255 characters)")
    String name;

    @Option(names = "--chat-type", paramLabel = "TYPE", description = "liveChat or emailChat")
    ChatType chatType;

    @Option(names = "--version", paramLabel = "N", description = "The widget's schema version, e.g. 3")
    Integer version;

    @Option(names = "--default", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Make it the location's default widget")
    Boolean isDefault;

    @Option(names = "--settings", paramLabel = "FILE|-", description = "Settings as a JSON object, from a file or -"
            + " for standard input (replace: the whole object; patch: an RFC 7386 merge patch)")
    String settings;

    /** The named fields as an update; a field not given is not named. */
    WidgetUpdate update(Terminal terminal) {
        WidgetUpdate update = WidgetUpdate.none();
        if (name != null) {
            update = update.withName(name);
        }
        if (chatType != null) {
            update = update.withChatType(chatType);
        }
        if (version != null) {
            update = update.withVersion(version);
        }
        if (isDefault != null) {
            update = update.withDefault(isDefault);
        }
        if (settings != null) {
            update = update.withSettings(SettingsFile.read(settings, terminal));
        }
        return update;
    }
}
