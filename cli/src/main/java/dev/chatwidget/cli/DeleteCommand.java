package dev.chatwidget.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code delete}: soft-deletes a widget. */
@Command(name = "delete", description = "Delete a widget (deleting the default promotes the oldest remaining one).")
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Mixin
    WidgetAddress widget;

    @Override
    public Integer call() {
        try (Session session = root.openSession()) {
            return root.printer().deleted(session.widgets().delete(widget.location, widget.id));
        }
    }
}
