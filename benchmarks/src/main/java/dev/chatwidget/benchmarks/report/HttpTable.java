package dev.chatwidget.benchmarks.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTTP table of the summary: each adapter against its transport's two raw baselines, Jackson tree
 * ({@code raw}) and Jackson databind into plain records ({@code bind}), as time, CPU time and bytes allocated per
 * operation. The goals: allocation at most 1.05x the tree baseline and 1.00x the databind one, CPU time at most
 * 1.10x the tree baseline. Wall time is shown but is no goal: on a shared machine it swings most.
 */
final class HttpTable {

    static final double ALLOC_VS_TREE = 1.05;
    static final double ALLOC_VS_BIND = 1.00;
    static final double CPU_VS_TREE = 1.10;
    private static final List<String> STACKS = List.of("apache", "jersey", "jdk");
    private static final List<String> OPERATIONS = List.of("get", "list", "create", "patch");

    private final PrintStream out;

    HttpTable(PrintStream out) {
        this.out = out;
    }

    void print(List<Summary.Result> results, String group, String title, boolean throughput) {
        Map<String, Summary.Result> byMethod = new TreeMap<>();
        results.stream().filter(r -> r.group().equals(group)).forEach(r -> byMethod.put(r.method(), r));
        if (byMethod.isEmpty()) {
            return;
        }
        out.printf("### HTTP, %s%n%n", title);
        out.println("Ratios are adapter / baseline: `tree` = raw stack + Jackson `readTree`, `bind` = raw stack + "
                + "Jackson databind into records.");
        out.println();
        out.println("| stack | op | adapter | tree | bind | time vs tree | time vs bind | CPU µs/op adapter / tree / bind "
                + "| CPU vs tree | CPU vs bind | B/op adapter / tree / bind | alloc vs tree | alloc vs bind | goals |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String op : OPERATIONS) {
            for (String stack : STACKS) {
                Summary.Result adapter = byMethod.get(stack + "_adapter_" + op);
                Summary.Result tree = byMethod.get(stack + "_raw_" + op);
                Summary.Result bind = byMethod.get(stack + "_bind_" + op);
                if (tree != null || bind != null || adapter != null) {
                    row(stack, op, adapter, tree, bind, throughput);
                }
            }
        }
        out.println();
    }

    private void row(String stack, String op, Summary.Result adapter, Summary.Result tree, Summary.Result bind,
                     boolean throughput) {
        double timeTree = timeRatio(adapter, tree, throughput);
        double timeBind = timeRatio(adapter, bind, throughput);
        double cpuTree = ratio(adapter, tree, Summary.Result::cpuPerOp);
        double cpuBind = ratio(adapter, bind, Summary.Result::cpuPerOp);
        double allocTree = ratio(adapter, tree, Summary.Result::allocPerOp);
        double allocBind = ratio(adapter, bind, Summary.Result::allocPerOp);
        String goals;
        if (adapter == null) {
            goals = "(no adapter yet)";
        } else if (Double.isNaN(allocTree) || Double.isNaN(allocBind) || Double.isNaN(cpuTree)) {
            goals = "n/a";
        } else {
            goals = allocTree <= ALLOC_VS_TREE && allocBind <= ALLOC_VS_BIND && cpuTree <= CPU_VS_TREE
                    ? "met" : "**not met**";
        }
        out.printf("| %s | %s | %s | %s | %s | %s | %s | %s / %s / %s | %s | %s | %s / %s / %s | %s | %s | %s |%n",
                stack, op, score(adapter), score(tree), score(bind), fixed(timeTree), fixed(timeBind),
                Summary.micros(cpu(adapter)), Summary.micros(cpu(tree)), Summary.micros(cpu(bind)),
                fixed(cpuTree), fixed(cpuBind), Summary.bytes(alloc(adapter)), Summary.bytes(alloc(tree)),
                Summary.bytes(alloc(bind)), fixed(allocTree), fixed(allocBind), goals);
    }

    /** At 16 threads the score is throughput: time per op is its inverse. */
    private static double timeRatio(Summary.Result adapter, Summary.Result raw, boolean throughput) {
        if (adapter == null || raw == null) {
            return Double.NaN;
        }
        return throughput ? raw.score() / adapter.score() : adapter.score() / raw.score();
    }

    private static double ratio(Summary.Result adapter, Summary.Result raw,
                                java.util.function.ToDoubleFunction<Summary.Result> metric) {
        return adapter == null || raw == null ? Double.NaN : metric.applyAsDouble(adapter) / metric.applyAsDouble(raw);
    }

    private static String score(Summary.Result r) {
        return r == null ? "-" : Summary.score(r);
    }

    private static double cpu(Summary.Result r) {
        return r == null ? Double.NaN : r.cpuPerOp();
    }

    private static double alloc(Summary.Result r) {
        return r == null ? Double.NaN : r.allocPerOp();
    }

    private static String fixed(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2f", ratio);
    }
}
