package dev.chatwidget.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code chat-widget} program. {@link #main} only wires the process's streams, environment and exit status to
 * {@link #run}, which is what tests drive.
 */
public final class ChatWidgetCli {

    /** Exit status: the command succeeded. */
    public static final int OK = 0;
    /** Exit status: the API (or the library's validation before any call) answered an error. */
    public static final int API_ERROR = 1;
    /** Exit status: bad usage (unknown option, missing value, bad settings file, missing token, ...). */
    public static final int USAGE = 2;

    // Held so the levels stick. The adapter choice is logged at INFO, which a terminal user does not need to see;
    // Jersey warns about optional providers (jakarta.activation) that the program does not use.
    private static final Logger LIBRARY_LOG = Logger.getLogger("dev.chatwidget");
    private static final Logger JERSEY_LOG = Logger.getLogger("org.glassfish.jersey");

    private ChatWidgetCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, System.getenv()));
    }

    /** Runs one command line; returns the exit status. Reads {@code env} instead of the process's environment. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, InputStream.nullInputStream(), out, err, env);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Map)}, reading {@code --settings -} from {@code in}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        LIBRARY_LOG.setLevel(Level.WARNING);
        JERSEY_LOG.setLevel(Level.SEVERE);
        Terminal terminal = new Terminal(in, out, err, Map.copyOf(env), Secrets.in(args, env));
        return ChatWidgetCommand.commandLine(terminal).execute(args);
    }
}
