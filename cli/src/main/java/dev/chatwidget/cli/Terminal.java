package dev.chatwidget.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command talks to: the streams, the environment and the secrets never to print. */
record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Secrets secrets) {

    /** Prints a message on stderr, with every secret masked. */
    void error(String message) {
        err.println("chat-widget: " + secrets.redact(message));
        err.flush();
    }
}
