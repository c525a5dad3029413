package dev.chatwidget.cli;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code delete}: soft-deletes a widget. */
@Command(name = "delete", description = "Delete a widget (deleting the default promotes the oldest remaining one).")
final class DeleteCommand implements Callable<Integer> {

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
            return root.printer().deleted(session.widgets().delete(location, id));
        }
    }
}
