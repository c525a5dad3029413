package dev.chatwidget.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a hyperfine JSON export into a markdown table with min and median (hyperfine's own markdown has neither
 * the median nor the CPU times). Usage: {@code java -cp benchmarks.jar ...StartupTable cli-startup.json}.
 */
public final class StartupTable {

    private StartupTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StartupTable <hyperfine.json>");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        print(new ObjectMapper().readTree(Path.of(args[0]).toFile()), out);
    }

    static void print(JsonNode root, PrintStream out) {
        out.println("| command | runs | min ms | median ms | mean ms ± σ | max ms | user CPU ms | system CPU ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (JsonNode r : root.path("results")) {
            out.printf(Locale.ROOT, "| `%s` | %d | %.0f | %.0f | %.0f ± %.0f | %.0f | %.0f | %.0f |%n",
                    r.path("command").asText(), r.path("times").size(), ms(r, "min"), ms(r, "median"),
                    ms(r, "mean"), ms(r, "stddev"), ms(r, "max"), ms(r, "user"), ms(r, "system"));
        }
    }

    private static double ms(JsonNode result, String field) {
        return result.path(field).asDouble() * 1000;
    }
}
