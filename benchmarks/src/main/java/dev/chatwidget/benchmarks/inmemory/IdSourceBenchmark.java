package dev.chatwidget.benchmarks.inmemory;

import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdFormat;
import dev.chatwidget.core.domain.WidgetIdSource;
import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fake's id source, before and after: one shared {@code SecureRandom} under a lock (the old default) versus
 * each thread's own generator (the new default, {@code RandomIds}, copied here because it is package-private),
 * from one thread and from four.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class IdSourceBenchmark {

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final WidgetIdSource secureRandomUnderLock = WidgetIdFormat.randomSource(new SecureRandom());

    private final WidgetIdSource threadLocal = () -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] chars = new char[WidgetIdFormat.LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new WidgetId(new String(chars));
    };

    @Benchmark
    public WidgetId secureRandomUnderLock() {
        return secureRandomUnderLock.next();
    }

    @Benchmark
    public WidgetId threadLocal() {
        return threadLocal.next();
    }

    @Benchmark
    @Threads(4)
    public WidgetId secureRandomUnderLock_4threads() {
        return secureRandomUnderLock.next();
    }

    @Benchmark
    @Threads(4)
    public WidgetId threadLocal_4threads() {
        return threadLocal.next();
    }
}
