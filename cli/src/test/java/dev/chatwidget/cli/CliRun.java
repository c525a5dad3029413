package dev.chatwidget.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of the program: its exit status and everything it printed. */
record CliRun(int status, String out, String err) {

    static CliRun run(String... args) {
        return run(Map.of(), "", args);
    }

    static CliRun withEnv(Map<String, String> env, String... args) {
        return run(env, "", args);
    }

    static CliRun withInput(String stdin, String... args) {
        return run(Map.of(), stdin, args);
    }

    private static CliRun run(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ChatWidgetCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
