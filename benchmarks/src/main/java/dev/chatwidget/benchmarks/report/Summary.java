package dev.chatwidget.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the markdown tables of BENCHMARKS.md: the HTTP adapters against both raw
 * baselines ({@link HttpTable}), single-threaded and at 16 threads, and the in-memory adapter's costs.
 * Usage: {@code java -cp benchmarks.jar dev.chatwidget.benchmarks.report.Summary results.json > results.md}.
 */
public final class Summary {

    private static final String HTTP = "dev.chatwidget.benchmarks.http.";
    private static final String IN_MEMORY = "dev.chatwidget.benchmarks.inmemory.";

    /** One JMH result: a benchmark method (with its params) and its score and allocation. */
    record Result(String group, String method, String params, int threads, double score, double error, String unit,
                  double allocPerOp, double cpuPerOp, double p50, double p99) {
    }

    private final PrintStream out;

    Summary(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary <jmh-results.json>");
            System.exit(2);
        }
        JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new Summary(out).print(root);
    }

    static List<Result> parse(JsonNode root) {
        List<Result> results = new ArrayList<>();
        for (JsonNode r : root) {
            String name = r.path("benchmark").asText();
            int dot = name.lastIndexOf('.');
            StringBuilder params = new StringBuilder();
            r.path("params").fields().forEachRemaining(e -> params.append(params.length() == 0 ? "" : ",")
                    .append(e.getValue().asText()));
            JsonNode primary = r.path("primaryMetric");
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
            JsonNode cpu = r.path("secondaryMetrics").path("cpu.time.norm");
            results.add(new Result(name.substring(0, dot), name.substring(dot + 1), params.toString(),
                    r.path("threads").asInt(), primary.path("score").asDouble(), primary.path("scoreError").asDouble(),
                    primary.path("scoreUnit").asText(), alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(),
                    cpu.isMissingNode() ? Double.NaN : cpu.path("score").asDouble(),
                    percentile(primary, "50.0"), percentile(primary, "99.0")));
        }
        return results;
    }

    /** A percentile of a sampled benchmark ({@code Mode.SampleTime}); NaN for the other modes. */
    private static double percentile(JsonNode primary, String which) {
        JsonNode p = primary.path("scorePercentiles").path(which);
        return p.isMissingNode() || primary.path("scorePercentiles").size() <= 1 ? Double.NaN : p.asDouble();
    }

    void print(JsonNode root) {
        List<Result> results = parse(root);
        runOptions(root);
        HttpTable http = new HttpTable(out);
        http.print(results, HTTP + "HttpLatencyBenchmark", "single caller (time per op)", false);
        http.print(results, HTTP + "HttpConcurrencyBenchmark", "16 callers (throughput)", true);
        inMemory(results, IN_MEMORY + "OneLocationBenchmark", "In-memory adapter, one location (`widgets` in it)");
        inMemory(results, IN_MEMORY + "ManyLocationsBenchmark", "In-memory adapter, 10,000 locations x 20 widgets");
        inMemory(results, IN_MEMORY + "IdSourceBenchmark", "In-memory adapter's id source (old default vs new)");
        results.stream().map(Result::group).distinct()
                .filter(group -> !group.startsWith(HTTP) && !group.startsWith(IN_MEMORY))
                .forEach(group -> other(results, group));
    }

    /** Any other benchmark class: score, the median and 99th percentile when sampled, allocation and CPU per op. */
    private void other(List<Result> results, String group) {
        out.printf("### %s%n%n", group.substring(group.lastIndexOf('.') + 1));
        out.println("| benchmark | params | score | p50 | p99 | B/op | CPU per op (us) |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        results.stream().filter(r -> r.group().equals(group)).forEach(r -> out.printf("| %s | %s | %s | %s | %s | %s | %s |%n",
                r.method(), r.params().isEmpty() ? "-" : r.params(), score(r), number(r.p50()), number(r.p99()),
                bytes(r.allocPerOp()), micros(r.cpuPerOp())));
        out.println();
    }

    /** How each benchmark class ran (JMH records it per result; the classes differ in warmup and threads). */
    private void runOptions(JsonNode root) {
        if (root.size() == 0) {
            return;
        }
        JsonNode first = root.get(0);
        out.printf("JMH %s, %s %s; heap and GC flags: %s%n%n", first.path("jmhVersion").asText(),
                first.path("vmName").asText(), first.path("jdkVersion").asText(), first.path("jvmArgs"));
        out.println("| benchmark class | forks | warmup | measurement | threads |");
        out.println("|---|---:|---:|---:|---:|");
        Map<String, String> seen = new LinkedHashMap<>();
        for (JsonNode r : root) {
            String name = r.path("benchmark").asText();
            String group = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1, name.lastIndexOf('.'));
            String row = String.format(Locale.ROOT, "| %s | %d | %d x %s | %d x %s | %d |", group,
                    r.path("forks").asInt(), r.path("warmupIterations").asInt(), r.path("warmupTime").asText(),
                    r.path("measurementIterations").asInt(), r.path("measurementTime").asText(), r.path("threads").asInt());
            seen.merge(group + "/" + r.path("threads").asInt(), row, (a, b) -> a);
        }
        seen.values().forEach(out::println);
        out.println();
    }

    static String micros(double nanos) {
        return Double.isNaN(nanos) ? "n/a" : number(nanos / 1e3);
    }

    private void inMemory(List<Result> results, String group, String title) {
        Map<String, List<Result>> byMethod = new LinkedHashMap<>();
        results.stream().filter(r -> r.group().equals(group))
                .forEach(r -> byMethod.computeIfAbsent(r.method(), k -> new ArrayList<>()).add(r));
        if (byMethod.isEmpty()) {
            return;
        }
        out.printf("### %s%n%n", title);
        out.println("| operation | widgets | time per op | ops/s (per thread) | B/op |");
        out.println("|---|---:|---:|---:|---:|");
        byMethod.forEach((method, rows) -> rows.forEach(r -> out.printf("| %s | %s | %s | %s | %s |%n", method,
                r.params().isEmpty() ? "-" : r.params(), score(r), opsPerSecond(r), bytes(r.allocPerOp()))));
        out.println();
    }

    static String score(Result r) {
        return String.format(Locale.ROOT, "%s ± %s %s", number(r.score()), number(r.error()), r.unit());
    }

    static String opsPerSecond(Result r) {
        double perOp = switch (r.unit()) {
            case "ns/op" -> r.score() / 1e9;
            case "us/op" -> r.score() / 1e6;
            case "ms/op" -> r.score() / 1e3;
            case "s/op" -> r.score();
            default -> Double.NaN;
        };
        return Double.isNaN(perOp) ? r.score() + " " + r.unit() : number(1 / perOp);
    }

    static String bytes(double b) {
        return Double.isNaN(b) ? "n/a" : number(b);
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
