package dev.chatwidget.fleet.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One child JVM of a {@link Fleet}: its stdout lines kept in full, the tail of its stderr kept for failures. */
public final class FleetChild {

    private static final int STDERR_TAIL = 40;

    private final int index;
    private final Process process;
    private final List<String> stdout = new ArrayList<>();
    private final Deque<String> stderr = new ArrayDeque<>();
    /** True until the stdout reader has seen the end of the stream; guarded by {@code stdout}. */
    private boolean draining = true;

    private FleetChild(int index, Process process) {
        this.index = index;
        this.process = process;
    }

    static FleetChild launch(int index, List<String> command) throws IOException {
        FleetChild child = new FleetChild(index, new ProcessBuilder(command).start());
        child.drain(child.process.getInputStream(), true);
        child.drain(child.process.getErrorStream(), false);
        return child;
    }

    /** The child's number in its fleet, from 0. */
    public int index() {
        return index;
    }

    /** The operating system's process id: not this JVM's. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The stdout lines so far. */
    public List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    /** The last lines of stderr so far (diagnostics only). */
    public String stderrTail() {
        synchronized (stderr) {
            return String.join("\n", stderr);
        }
    }

    /** Waits up to {@code timeout} for a stdout line matching {@code wanted}; empty if none came (or it died). */
    public Optional<String> awaitLine(Predicate<String> wanted, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (stdout) {
            while (true) {
                for (; seen < stdout.size(); seen++) {
                    if (wanted.test(stdout.get(seen))) {
                        return Optional.of(stdout.get(seen));
                    }
                }
                long left = until - System.nanoTime();
                if (left <= 0 || !draining) {
                    return Optional.empty();
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(stdout, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /** Waits for the child {@link ChildReport#event event} {@code name}. */
    public Optional<String> awaitEvent(String name, Duration timeout) {
        return awaitLine(line -> line.equals(ChildReport.EVENT + name), timeout);
    }

    /** SIGKILL (no shutdown hooks, no finally blocks run in the child), then waits up to 5 s for it to be gone. */
    public void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    ChildOutcome await(Instant deadline) {
        boolean exited;
        try {
            exited = process.waitFor(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = false;
        }
        if (!exited) {
            kill();
        }
        awaitDrained();
        return ChildOutcome.of(index, pid(), exited ? process.exitValue() : ChildOutcome.TIMED_OUT, stdout(),
                stderrTail());
    }

    private void awaitDrained() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        synchronized (stdout) {
            while (draining && System.nanoTime() < until) {
                try {
                    stdout.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void drain(InputStream stream, boolean isStdout) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (isStdout) {
                        keepOut(line);
                    } else {
                        keepErr(line);
                    }
                }
            } catch (IOException e) {
                // the child is gone; what was read is kept
            } finally {
                if (isStdout) {
                    synchronized (stdout) {
                        draining = false;
                        stdout.notifyAll();
                    }
                }
            }
        }, "fleet-child-" + index + (isStdout ? "-out" : "-err"));
        reader.setDaemon(true);
        reader.start();
    }

    private void keepOut(String line) {
        synchronized (stdout) {
            stdout.add(line);
            stdout.notifyAll();
        }
    }

    private void keepErr(String line) {
        synchronized (stderr) {
            stderr.addLast(line);
            if (stderr.size() > STDERR_TAIL) {
                stderr.removeFirst();
            }
        }
    }
}
