package dev.chatwidget.cli;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code get}: one widget. */
@Command(name = "get", description = "Show one widget.")
final class GetCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--location", required = true, paramLabel = "LOCATION_ID")
    LocationId location;

    @Option(names = "--id", required = true, paramLabel = "WIDGET_ID")
    WidgetId id;

    @Override
    public Integer call() {
        try (Session session = root.openSession()) {
            return root.printer().widget(session.widgets().get(location, id));
        }
    }
}
