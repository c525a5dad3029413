package dev.chatwidget.benchmarks.http;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU per call with many callers sharing one client, for each adapter beside its raw baselines, in one JVM and in
 * interleaved rounds (every variant in turn, eight rounds, the first two discarded as warm-up) so that the JIT, the
 * collector and other work on the machine weigh on every row alike. JMH's 16-caller runs put each variant in its
 * own JVM one after the other; on two cores their CPU per call swung by more than a factor of two between runs.
 * Every variant is first warmed up on one caller ({@value #WARM_UP_SECONDS} s each): with sixteen busy callers on two
 * cores the JIT's compiler threads starve, and code first run under that load stays in its profiling tier for
 * seconds (a decode queued for C2 at 1.7 s was compiled at 10 s), which charged the variant measured first in each
 * round, the adapter, with up to 1.4x the CPU of its baselines.
 * Run: {@code java -cp benchmarks.jar dev.chatwidget.benchmarks.http.ConcurrentCpu [callers] [seconds per round]}.
 */
public final class ConcurrentCpu {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int ROUNDS = 8;
    private static final int WARM_UP_ROUNDS = 2;
    private static final int WARM_UP_SECONDS = 3;

    private ConcurrentCpu() {
    }

    public static void main(String[] args) throws Exception {
        int callers = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Stacks stacks = new Stacks();
        for (String op : new String[] {"get", "list"}) {
            boolean list = op.equals("list");
            Map<String, CallerCpu.Op> variants = new LinkedHashMap<>();
            variants.put("apache adapter", list ? () -> Adapters.list(stacks.apache.gateway).get()
                    : () -> Adapters.get(stacks.apache.gateway).get());
            variants.put("apache raw (tree)", list ? () -> stacks.rawApache.list(RawJson.TREE)
                    : () -> stacks.rawApache.get(RawJson.TREE));
            variants.put("apache bind", list ? () -> stacks.rawApache.list(RawJson.LIST_RECORD)
                    : () -> stacks.rawApache.get(RawJson.WIDGET_RECORD));
            variants.put("jdk adapter", list ? () -> Adapters.list(stacks.jdk.gateway).get()
                    : () -> Adapters.get(stacks.jdk.gateway).get());
            variants.put("jdk raw (tree)", list ? () -> stacks.rawJdk.list(RawJson.TREE)
                    : () -> stacks.rawJdk.get(RawJson.TREE));
            variants.put("jdk bind", list ? () -> stacks.rawJdk.list(RawJson.LIST_RECORD)
                    : () -> stacks.rawJdk.get(RawJson.WIDGET_RECORD));
            for (CallerCpu.Op variant : variants.values()) {
                run(variant, 1, WARM_UP_SECONDS);
            }
            Map<String, long[]> totals = new LinkedHashMap<>();
            variants.keySet().forEach(name -> totals.put(name, new long[2]));
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, CallerCpu.Op> variant : variants.entrySet()) {
                    long cpu = OS.getProcessCpuTime();
                    long calls = run(variant.getValue(), callers, seconds);
                    if (round >= WARM_UP_ROUNDS) {
                        long[] t = totals.get(variant.getKey());
                        t[0] += OS.getProcessCpuTime() - cpu;
                        t[1] += calls;
                    }
                }
            }
            System.out.printf("%n%s, %d callers, %d x %d s measured per variant%n", op, callers,
                    ROUNDS - WARM_UP_ROUNDS, seconds);
            System.out.println("| variant | calls/s | process CPU µs/call |");
            System.out.println("|---|---:|---:|");
            double measured = (double) (ROUNDS - WARM_UP_ROUNDS) * seconds;
            totals.forEach((name, t) -> System.out.printf("| %s | %,.0f | %.1f |%n", name, t[1] / measured,
                    t[0] / 1e3 / t[1]));
        }
        stacks.close();
    }

    private static long run(CallerCpu.Op op, int callers, int seconds) throws InterruptedException {
        AtomicLong calls = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[callers];
        RuntimeException[] failure = new RuntimeException[1];
        for (int i = 0; i < callers; i++) {
            threads[i] = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        if (op.call() == null) {
                            throw new IllegalStateException("no answer");
                        }
                        calls.incrementAndGet();
                    }
                } catch (Exception e) {
                    synchronized (failure) {
                        failure[0] = new IllegalStateException("a call failed", e);
                    }
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        synchronized (failure) {
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return calls.get();
    }
}
