package dev.chatwidget.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code get}: one widget. */
@Command(name = "get", description = "Show one widget.")
final class GetCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Mixin
    WidgetAddress widget;

    @Override
    public Integer call() {
        try (Session session = root.openSession()) {
            return root.printer().widget(session.widgets().get(widget.location, widget.id));
        }
    }
}
