package dev.chatwidget.testkit.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Counts the established TCP connections to a local port, from the kernel's table ({@code /proc/net/tcp} and
 * {@code tcp6}), so a test can see connections a client holds without asking the client. Linux only: elsewhere
 * the count is unknown.
 */
public final class TcpConnections {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";

    private TcpConnections() {
    }

    /** Established connections whose remote end is {@code port} on this machine (the clients' ends). */
    public static OptionalInt establishedTo(int port) {
        String wanted = String.format(Locale.ROOT, ":%04X", port);
        int count = 0;
        for (Path table : TABLES) {
            if (!Files.isReadable(table)) {
                if (table == TABLES.get(0)) {
                    return OptionalInt.empty();
                }
                continue;
            }
            try {
                for (String line : Files.readAllLines(table)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[2].endsWith(wanted) && fields[3].equals(ESTABLISHED)) {
                        count++;
                    }
                }
            } catch (IOException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(count);
    }
}
