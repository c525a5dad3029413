package dev.chatwidget.fleet.harness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one child of a {@link Fleet} ended: its exit code ({@link #TIMED_OUT} when it had to be killed), the
 * key=value pairs of its last {@link ChildReport#summary summary} line, its stdout and the tail of its stderr.
 */
public record ChildOutcome(int index, long pid, int exitCode, Map<String, String> summary, List<String> stdout,
                           String stderrTail) {

    /** The exit code recorded for a child killed at the deadline (no real exit code is negative). */
    public static final int TIMED_OUT = -1;

    public ChildOutcome {
        summary = Map.copyOf(summary);
        stdout = List.copyOf(stdout);
    }

    static ChildOutcome of(int index, long pid, int exitCode, List<String> stdout, String stderrTail) {
        Map<String, String> summary = new HashMap<>();
        for (String line : stdout) {
            if (line.startsWith(ChildReport.SUMMARY)) {
                summary = ChildReport.parse(line.substring(ChildReport.SUMMARY.length()));
            }
        }
        return new ChildOutcome(index, pid, exitCode, summary, stdout, stderrTail);
    }

    /** True when the child exited by itself with status 0 and reported a summary. */
    public boolean succeeded() {
        return exitCode == 0 && !summary.isEmpty();
    }

    /** The summary value {@code key} as a number; fails naming the child when it is missing. */
    public long number(String key) {
        String value = summary.get(key);
        if (value == null) {
            throw new AssertionError("child " + index + " reported no '" + key + "': " + this);
        }
        return Long.parseLong(value);
    }

    @Override
    public String toString() {
        return "child " + index + " (pid " + pid + ") exit " + (exitCode == TIMED_OUT ? "TIMED OUT" : exitCode)
                + " summary " + summary + "\n  stderr tail:\n" + stderrTail;
    }
}
