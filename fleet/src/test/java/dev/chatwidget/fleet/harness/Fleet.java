package dev.chatwidget.fleet.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Several separate JVM processes of one test main ({@code java -cp <this test classpath> <main> <args>}), each
 * reporting on stdout through {@link ChildReport}. Everything is bounded in time: {@link #awaitAll} kills what has
 * not exited by its deadline, and {@link #close()} (use try-with-resources) SIGKILLs whatever is still alive.
 */
public final class Fleet implements AutoCloseable {

    private final List<FleetChild> children;

    private Fleet(List<FleetChild> children) {
        this.children = List.copyOf(children);
    }

    /** Starts configuring {@code count} children running {@code main}'s {@code public static void main}. */
    public static Builder of(int count, Class<?> main) {
        return new Builder(count, main);
    }

    /** The children in launch order; child {@code i} got {@code args.apply(i)}. */
    public List<FleetChild> children() {
        return children;
    }

    /** The {@code index}-th child. */
    public FleetChild child(int index) {
        return children.get(index);
    }

    /**
     * Waits until every child has exited, at most {@code timeout} in all; children still running then are killed
     * and reported as failed, with the tail of their stderr.
     */
    public List<ChildOutcome> awaitAll(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<ChildOutcome> outcomes = new ArrayList<>();
        for (FleetChild child : children) {
            outcomes.add(child.await(deadline));
        }
        return outcomes;
    }

    /** SIGKILLs every child still alive and waits (briefly) for them to be gone. */
    @Override
    public void close() {
        children.forEach(FleetChild::kill);
    }

    /** Configures the children of a {@link Fleet}. */
    public static final class Builder {

        private final int count;
        private final Class<?> main;
        private IntFunction<List<String>> args = i -> List.of();
        private final List<String> jvmArgs = new ArrayList<>(List.of(
                // Small, quick-starting children: the fleet tests run on a 2-core machine.
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));

        private Builder(int count, Class<?> main) {
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1, was " + count);
            }
            this.count = count;
            this.main = Objects.requireNonNull(main, "main");
        }

        /** The program arguments of child {@code i} (default none). */
        public Builder args(IntFunction<List<String>> perChild) {
            this.args = Objects.requireNonNull(perChild, "perChild");
            return this;
        }

        /** Adds a JVM option (e.g. {@code -Dname=value}) to every child. */
        public Builder jvmArg(String option) {
            jvmArgs.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /** Launches all children; if one cannot be launched, those already started are killed. */
        public Fleet start() {
            List<FleetChild> started = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    started.add(FleetChild.launch(i, command(args.apply(i))));
                }
                return new Fleet(started);
            } catch (IOException | RuntimeException e) {
                started.forEach(FleetChild::kill);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        private List<String> command(List<String> programArgs) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(main.getName());
            command.addAll(programArgs);
            return command;
        }
    }
}
