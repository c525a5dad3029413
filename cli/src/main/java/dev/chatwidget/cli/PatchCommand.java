package dev.chatwidget.cli;

import dev.chatwidget.core.domain.WidgetUpdate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code patch}: PATCH, settings merged as an RFC 7386 merge patch. */
@Command(name = "patch", description = "Set the given fields (PATCH); --settings is merged in (a JSON null removes a key).")
final class PatchCommand implements Callable<Integer> {

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
            return root.printer().widget(session.widgets().patch(widget.location, widget.id, update));
        }
    }
}
