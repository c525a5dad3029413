package dev.chatwidget.cli;

import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code clone}: copies a liveChat or emailChat widget. */
@Command(name = "clone", description = "Copy a liveChat or emailChat widget (named --name, else \"<name> (copy)\").")
final class CloneCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--location", required = true, paramLabel = "LOCATION_ID")
    LocationId location;

    @Option(names = "--id", required = true, paramLabel = "WIDGET_ID", description = "The widget to copy")
    WidgetId id;

    @Option(names = "--name", paramLabel = "NAME", description = "The copy's name")
    String name;

    @Override
    public Integer call() {
        CloneRequest request = new CloneRequest(location, id, Optional.ofNullable(name));
        try (Session session = root.openSession()) {
            return root.printer().widget(session.widgets().clone(request));
        }
    }
}
