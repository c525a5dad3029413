package dev.chatwidget.cli;

import dev.chatwidget.adapter.inmemory.DemoLocation;
import dev.chatwidget.adapter.inmemory.InMemoryModule;
import dev.chatwidget.cli.inject.ChatWidgetsRuntime;
import dev.chatwidget.core.inject.environment.ChatWidgetsEnvironment;
import dev.chatwidget.core.port.in.ChatWidgets;

/** The chat widgets one command runs against, built from the global options; closing releases connections. */
final class Session implements AutoCloseable {

    private final ChatWidgetsRuntime runtime;

    private Session(ChatWidgetsRuntime runtime) {
        this.runtime = runtime;
    }

    static Session open(ChatWidgetCommand options) {
        ChatWidgetsEnvironment environment = ChatWidgetsEnvironment.from(options.terminal().env())
                .adapter(options.adapter, "--adapter")
                .tokenHint("pass --token TOKEN or set " + ChatWidgetsEnvironment.TOKEN_VARIABLE);
        String token = options.token();
        if (token != null) {
            environment = environment.token(token);
        }
        if (options.baseUrl != null) {
            environment = environment.baseUrl(options.baseUrl);
        }
        String adapter = environment.settings().adapter();
        if (options.seed != null && !adapter.equals(InMemoryModule.EnvironmentProvider.NAME)) {
            throw new UsageException("--seed loads the in-memory adapter, not " + adapter
                    + ": drop --seed, or seed the server instead (chat-widget serve --seed demo)");
        }
        ChatWidgetsRuntime runtime = ChatWidgetsRuntime.start(environment);
        if (options.seed == Seed.DEMO) {
            runtime.fake().ifPresent(DemoLocation::seed);
        }
        return new Session(runtime);
    }

    ChatWidgets widgets() {
        return runtime.widgets();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
