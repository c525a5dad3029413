package dev.chatwidget.testkit.faults;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what logging writes while it is open: standard error (where SLF4J's simple binding writes) and every
 * java.util.logging record at any level (Jersey and the JDK HTTP client log there). Closing restores both.
 */
public final class LogCapture implements AutoCloseable {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final Logger julRoot = Logger.getLogger("");
    private final Level originalJulLevel = julRoot.getLevel();
    private final List<String> julRecords = new CopyOnWriteArrayList<>();
    private final Handler julHandler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            julRecords.add(record.getLevel() + " " + record.getLoggerName() + " " + formatter.format(record)
                    + " params=" + java.util.Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
    }

    /** Starts capturing, with java.util.logging opened to every level. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        System.setErr(new PrintStream(capture.err, true, StandardCharsets.UTF_8));
        capture.julHandler.setLevel(Level.ALL);
        capture.julRoot.addHandler(capture.julHandler);
        capture.julRoot.setLevel(Level.ALL);
        return capture;
    }

    /** Lines written to standard error so far. */
    public List<String> errLines() {
        System.err.flush();
        synchronized (err) {
            return List.of(err.toString(StandardCharsets.UTF_8).split("\\R"));
        }
    }

    /** java.util.logging records so far, each formatted with its parameters and any exception. */
    public List<String> julRecords() {
        return List.copyOf(julRecords);
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        julRoot.removeHandler(julHandler);
        julRoot.setLevel(originalJulLevel);
    }
}
