package dev.chatwidget.cli;

import dev.chatwidget.adapter.inmemory.DemoLocation;
import dev.chatwidget.testkit.server.FakeHighLevelServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: the fake Chat Widget API over HTTP on loopback, until stopped. */
@Command(name = "serve", description = {"Serve a fake of the Chat Widget API on 127.0.0.1 until stopped.",
        "Tokens: --token TOKEN=LOCATION[,LOCATION...] (all scopes; TOKEN=* for every location), repeatable.",
        "The first line printed is 'Listening on http://127.0.0.1:PORT'."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    ChatWidgetCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--port", defaultValue = "0", paramLabel = "PORT", description = "0 picks a free port (default)")
    int port;

    @Option(names = "--burst-limit", defaultValue = "100", paramLabel = "N",
            description = "Requests per burst interval, per token and location (default: ${DEFAULT-VALUE})")
    int burstLimit;

    @Option(names = "--burst-interval-ms", defaultValue = "10000", paramLabel = "MS",
            description = "The burst interval in milliseconds (default: ${DEFAULT-VALUE})")
    long burstIntervalMs;

    @Option(names = "--daily-limit", defaultValue = "200000", paramLabel = "N",
            description = "Requests per UTC day, per token and location (default: ${DEFAULT-VALUE})")
    long dailyLimit;

    @Override
    public Integer call() {
        FakeHighLevelServer.Builder builder = FakeHighLevelServer.builder().port(port);
        try {
            builder.burstLimit(burstLimit, Duration.ofMillis(burstIntervalMs)).dailyLimit(dailyLimit);
        } catch (IllegalArgumentException e) {
            throw new UsageException("serve: " + e.getMessage());
        }
        List<ServedToken> tokens = ServedToken.parseAll(root.tokens());
        tokens.forEach(token -> builder.token(token.value(), token.grant()));
        FakeHighLevelServer server = builder.start();
        Thread stop = new Thread(server::close, "chat-widget-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            if (root.seed == Seed.DEMO) {
                DemoLocation.seed(server.fake());
            }
            Terminal terminal = root.terminal();
            terminal.out().println("Listening on " + server.baseUri());
            terminal.out().println("Tokens for: " + String.join("; ", tokens.stream().map(ServedToken::reach)
                    .toList()) + (root.seed == Seed.DEMO ? ". Seeded location demo." : "."));
            terminal.out().println("Stop with Ctrl-C.");
            terminal.out().flush();
            new CountDownLatch(1).await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            removeHook(stop);
        }
        return ChatWidgetCli.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping: the hook is running or has run
        }
    }
}
