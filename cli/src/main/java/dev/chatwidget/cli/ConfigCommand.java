package dev.chatwidget.cli;

import dev.chatwidget.core.domain.WidgetId;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code config}: the public config a website renders the widget from. */
@Command(name = "config", description = "Show a widget's public config (what a website needs to render it; no location needed).")
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--id", required = true, paramLabel = "WIDGET_ID")
    WidgetId id;

    @Option(names = "--version", paramLabel = "N", description = "A schema version to ask for")
    Integer version;

    @Override
    public Integer call() {
        OptionalInt asked = version == null ? OptionalInt.empty() : OptionalInt.of(version);
        try (Session session = root.openSession()) {
            return root.printer().publicConfig(session.widgets().publicConfig(id, asked));
        }
    }
}
