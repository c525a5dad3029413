package dev.chatwidget.cli;

import dev.chatwidget.core.domain.WidgetUpdate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code replace}: PUT, settings replaced whole when given. */
@Command(name = "replace", description = "Set the given fields (PUT); --settings replaces the whole settings object.")
final class ReplaceCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Mixin
    WidgetAddress widget;

    @Mixin
    WidgetFields fields;

    @Override
    public Integer call() {
        WidgetUpdate update = fields.update(root.terminal());
        try (Session session = root.openSession()) {
            return root.printer().widget(session.widgets().replace(widget.location, widget.id, update));
        }
    }
}
