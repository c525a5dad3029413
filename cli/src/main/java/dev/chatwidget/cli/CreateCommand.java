package dev.chatwidget.cli;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code create}: a new liveChat or emailChat widget. */
@Command(name = "create", description = "Create a widget (--name and --chat-type required; --version defaults to 3).")
final class CreateCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--location", required = true, paramLabel = "LOCATION_ID")
    LocationId location;

    @Mixin
    WidgetFields fields;

    @Override
    public Integer call() {
        if (fields.name == null || fields.chatType == null) {
            throw new UsageException("create needs --name NAME and --chat-type liveChat|emailChat");
        }
        NewWidget widget = new NewWidget(location, fields.version == null ? 3 : fields.version, fields.chatType,
                fields.name, Optional.ofNullable(fields.isDefault), Optional.empty(),
                Optional.ofNullable(fields.settings).map(source -> SettingsFile.read(source, root.terminal())));
        try (Session session = root.openSession()) {
            return root.printer().widget(session.widgets().create(widget));
        }
    }
}
