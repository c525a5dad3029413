package dev.chatwidget.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shipped PostgreSQL programs. {@code initdb} and {@code postgres} refuse to run as root, so when this JVM
 * is root (CI containers often are) they run as the unprivileged user {@value #UNPRIVILEGED} through
 * {@code setpriv} (util-linux; {@code runuser} where it is missing), with the data directory owned by that user;
 * otherwise they run as this JVM's user. Output goes to {@code postgres.log} beside the data directory.
 */
final class PostgresProcesses {

    /** nobody/nogroup on every common Linux distribution. */
    static final int UNPRIVILEGED = 65534;

    private PostgresProcesses() {
    }

    /** A new, empty database cluster (superuser {@code postgres}, trust authentication); its data directory. */
    static Path initdb() {
        try {
            Path root = Files.createTempDirectory("chat-widget-postgres-");
            Files.setPosixFilePermissions(root, PostgresBinaries.perms(0755));
            Path data = Files.createDirectory(root.resolve("data"));
            Files.setPosixFilePermissions(data, PostgresBinaries.perms(0700));
            if (isRoot()) {
                Files.setAttribute(data, "unix:uid", UNPRIVILEGED);
                Files.setAttribute(data, "unix:gid", UNPRIVILEGED);
            }
            Process initdb = start(data, List.of(program("initdb"), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"));
            if (!initdb.waitFor(120, TimeUnit.SECONDS) || initdb.exitValue() != 0) {
                initdb.destroyForcibly();
                throw new IllegalStateException("initdb failed: " + logTail(data));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a PostgreSQL data directory", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during initdb", e);
        }
    }

    /** Starts {@code postgres -D data <options>}; the returned process is the server itself. */
    static Process postgres(Path data, List<String> options) {
        List<String> command = new ArrayList<>(List.of(program("postgres"), "-D", data.toString()));
        command.addAll(options);
        try {
            return start(data, command);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start postgres", e);
        }
    }

    /** Fast shutdown ({@code pg_ctl stop -m fast}: clients disconnected, data kept); killed if that hangs. */
    static void stop(Path data, Process server) {
        try {
            Process pgCtl = start(data, List.of(program("pg_ctl"), "stop", "-D", data.toString(), "-m", "fast",
                    "-w", "-t", "30"));
            pgCtl.waitFor(40, TimeUnit.SECONDS);
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            server.destroyForcibly();
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines the server's programs wrote, for failure messages. */
    static String logTail(Path data) {
        try {
            List<String> lines = Files.readAllLines(log(data));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Process start(Path data, List<String> program) throws IOException {
        List<String> command = new ArrayList<>(asServerUser());
        command.addAll(program);
        return new ProcessBuilder(command)
                .directory(data.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(data).toFile()))
                .start();
    }

    private static Path log(Path data) {
        return data.resolveSibling("postgres.log");
    }

    private static String program(String name) {
        return PostgresBinaries.home().resolve("bin").resolve(name).toString();
    }

    /** The prefix that drops root for the server's programs; none when this JVM is not root. */
    private static List<String> asServerUser() {
        if (!isRoot()) {
            return List.of();
        }
        String id = Integer.toString(UNPRIVILEGED);
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            if (Files.isExecutable(Path.of(dir, "setpriv"))) {
                return List.of(dir + "/setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups");
            }
        }
        for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            if (Files.isExecutable(Path.of(dir, "runuser"))) {
                return List.of(dir + "/runuser", "-u", "nobody", "--"); // nobody is uid 65534
            }
        }
        throw new IllegalStateException("running as root, and neither setpriv nor runuser is installed to run"
                + " PostgreSQL as an unprivileged user (initdb refuses root)");
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
