package dev.chatwidget.testkit.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What logging wrote while it was open: the lines SLF4J's simple binding appended to its log file, and every
 * java.util.logging record at any level (Jersey and the JDK HTTP client log there). Closing detaches from JUL.
 */
public final class LogCapture implements AutoCloseable {

    private final Path slf4jFile;
    private final long slf4jStart;
    private final Logger julRoot = Logger.getLogger("");
    private final Level originalJulLevel = julRoot.getLevel();
    private final List<String> julRecords = new CopyOnWriteArrayList<>();
    private final Handler julHandler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            julRecords.add(record.getLevel() + " " + record.getLoggerName() + " " + formatter.format(record)
                    + " params=" + Arrays.toString(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(Path slf4jFile) {
        this.slf4jFile = slf4jFile;
        this.slf4jStart = size(slf4jFile);
    }

    /** Starts capturing what SLF4J appends to {@code slf4jFile}, and opens java.util.logging to every level. */
    public static LogCapture start(Path slf4jFile) {
        LogCapture capture = new LogCapture(slf4jFile);
        capture.julHandler.setLevel(Level.ALL);
        capture.julRoot.addHandler(capture.julHandler);
        capture.julRoot.setLevel(Level.ALL);
        return capture;
    }

    /** The SLF4J lines written since the capture started. */
    public List<String> slf4jLines() {
        try {
            byte[] all = Files.readAllBytes(slf4jFile);
            int from = (int) Math.min(slf4jStart, all.length);
            return List.of(new String(all, from, all.length - from, StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** java.util.logging records so far, each formatted with its parameters and any exception. */
    public List<String> julRecords() {
        return List.copyOf(julRecords);
    }

    @Override
    public void close() {
        julRoot.removeHandler(julHandler);
        julRoot.setLevel(originalJulLevel);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
