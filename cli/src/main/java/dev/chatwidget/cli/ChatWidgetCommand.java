package dev.chatwidget.cli;

import dev.chatwidget.core.call.HighLevelApi;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code chat-widget} command: global options, and the subcommands that use them. */
@Command(name = "chat-widget", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Manage HighLevel chat widgets from a terminal, or serve a fake of the API.",
        subcommands = {ListCommand.class, GetCommand.class, CreateCommand.class, ReplaceCommand.class,
                PatchCommand.class, DeleteCommand.class, CloneCommand.class, ConfigCommand.class,
                ServeCommand.class},
        footer = {"", "Exit status: 0 success, 1 the API answered an error, 2 bad usage.",
                "Example: chat-widget --seed demo list --location demo"})
final class ChatWidgetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--adapter", scope = ScopeType.INHERIT, paramLabel = "ADAPTER", defaultValue = "inmemory",
            description = "apache, jersey, jdk or inmemory (default: ${DEFAULT-VALUE})")
    String adapter;

    @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "The API's base URL (default: HIGHLEVEL_BASE_URL, else " + HighLevelApi.BASE_URL + ")")
    URI baseUrl;

    @Option(names = "--token", scope = ScopeType.INHERIT, paramLabel = "TOKEN",
            description = {"Bearer token for the HTTP adapters (default: HIGHLEVEL_TOKEN); never printed.",
                    "serve: TOKEN=LOCATION[,LOCATION...], repeatable"})
    List<String> tokens = new ArrayList<>();

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (exactly the API's JSON on stdout)")
    OutputFormat output;

    @Option(names = "--seed", scope = ScopeType.INHERIT, paramLabel = "SEED",
            description = "demo: load the demo location 'demo' into the in-memory adapter (or the served fake)")
    Seed seed;

    private final Terminal terminal;

    ChatWidgetCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The configured command line: picocli's exit codes mapped to 0, 1, 2 and every message redacted. */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine line = new CommandLine(new ChatWidgetCommand(terminal));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.registerConverter(LocationId.class, LocationId::of);
        line.registerConverter(WidgetId.class, WidgetId::of);
        line.registerConverter(ChatType.class, ChatType::of);
        line.registerConverter(ChatTypeFilter.class, ChatTypeFilter::of);
        line.registerConverter(CreationSource.class, CreationSource::of);
        line.setOut(new PrintWriter(terminal.out(), true));
        line.setErr(new PrintWriter(terminal.err(), true));
        line.setParameterExceptionHandler((e, args) -> {
            terminal.error(e.getMessage());
            terminal.err().println("Try 'chat-widget --help' for more information.");
            return ChatWidgetCli.USAGE;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageException || e instanceof ChatWidgetsConfigurationException) {
                terminal.error(e.getMessage());
                return ChatWidgetCli.USAGE;
            }
            terminal.error("unexpected failure: " + e);
            return ChatWidgetCli.API_ERROR;
        });
        line.setExitCodeExceptionMapper(e -> ChatWidgetCli.USAGE);
        return line;
    }

    List<String> tokens() {
        return tokens == null ? List.of() : List.copyOf(tokens);
    }

    /** The one token a client command was given, if any. */
    String token() {
        List<String> given = tokens();
        if (given.size() > 1) {
            throw new UsageException("give --token once (only serve takes several)");
        }
        return given.isEmpty() ? null : given.get(0);
    }

    Terminal terminal() {
        return terminal;
    }

    /** Builds the chat widgets these options ask for; the caller closes it. */
    Session openSession() {
        return Session.open(this);
    }

    Printer printer() {
        return new Printer(terminal, output);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: list, get, create, replace, patch, delete, clone, config or serve");
    }
}
