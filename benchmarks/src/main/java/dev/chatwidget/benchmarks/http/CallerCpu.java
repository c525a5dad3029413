package dev.chatwidget.benchmarks.http;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU per get and per list of 100, split into the calling thread's own and the rest of the process (the HTTP
 * client's threads, the deadline watchdog, GC, JIT), and the bytes the calling thread allocated per call, for each
 * adapter beside its raw baselines, measured in interleaved rounds so that other work on the machine weighs on every
 * row alike. A diagnostic beside the JMH runs: it shows where an adapter's extra CPU and memory go, not how fast
 * anything is (the Apache client does all its work on the caller's thread; the JDK client also allocates on its
 * selector thread, which the caller's bytes leave out). Run: {@code java -cp benchmarks.jar
 * dev.chatwidget.benchmarks.http.CallerCpu [calls per round]}.
 */
public final class CallerCpu {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int ROUNDS = 6;

    /** One measured call. */
    @FunctionalInterface
    interface Op {
        Object call() throws Exception;
    }

    private CallerCpu() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Stacks stacks = new Stacks();
        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("apache raw (tree)", () -> stacks.rawApache.get(RawJson.TREE));
        ops.put("apache bind", () -> stacks.rawApache.get(RawJson.WIDGET_RECORD));
        ops.put("apache adapter", () -> Adapters.get(stacks.apache.gateway).get());
        ops.put("jdk raw (tree)", () -> stacks.rawJdk.get(RawJson.TREE));
        ops.put("jdk bind", () -> stacks.rawJdk.get(RawJson.WIDGET_RECORD));
        ops.put("jdk adapter", () -> Adapters.get(stacks.jdk.gateway).get());
        ops.put("apache raw (tree), list", () -> stacks.rawApache.list(RawJson.TREE));
        ops.put("apache bind, list", () -> stacks.rawApache.list(RawJson.LIST_RECORD));
        ops.put("apache adapter, list", () -> Adapters.list(stacks.apache.gateway).get());
        ops.put("jdk raw (tree), list", () -> stacks.rawJdk.list(RawJson.TREE));
        ops.put("jdk bind, list", () -> stacks.rawJdk.list(RawJson.LIST_RECORD));
        ops.put("jdk adapter, list", () -> Adapters.list(stacks.jdk.gateway).get());
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (Map.Entry<String, Op> op : ops.entrySet()) {
            run(op.getValue(), calls(op.getKey(), calls) * 3); // warm-up
            totals.put(op.getKey(), new long[4]);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Op> op : ops.entrySet()) {
                long[] t = totals.get(op.getKey());
                long thread = THREADS.getCurrentThreadCpuTime();
                long process = OS.getProcessCpuTime();
                long wall = System.nanoTime();
                long allocated = THREADS.getCurrentThreadAllocatedBytes();
                run(op.getValue(), calls(op.getKey(), calls));
                t[3] += THREADS.getCurrentThreadAllocatedBytes() - allocated;
                t[0] += THREADS.getCurrentThreadCpuTime() - thread;
                t[1] += OS.getProcessCpuTime() - process;
                t[2] += System.nanoTime() - wall;
            }
        }
        System.out.println("| operation | caller thread CPU µs/op | rest of the process µs/op | total CPU µs/op "
                + "| wall µs/op | caller thread B/op |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        totals.forEach((name, t) -> {
            long n = (long) calls(name, calls) * ROUNDS;
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %,d |%n", name, t[0] / 1e3 / n,
                    (t[1] - t[0]) / 1e3 / n, t[1] / 1e3 / n, t[2] / 1e3 / n, t[3] / n);
        });
        stacks.close();
    }

    /** A list of 100 costs about ten gets: a tenth of the calls keeps the rounds alike in length. */
    private static int calls(String name, int calls) {
        return name.endsWith("list") ? Math.max(1, calls / 10) : calls;
    }

    private static void run(Op op, int calls) throws Exception {
        for (int i = 0; i < calls; i++) {
            if (op.call() == null) {
                throw new IllegalStateException("no answer");
            }
        }
    }
}
