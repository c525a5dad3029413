package dev.chatwidget.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatwidget.adapter.http.BoundedBody;
import dev.chatwidget.adapter.http.ResponseHeaders;
import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import dev.chatwidget.benchmarks.http.WidgetListRecord;
import dev.chatwidget.benchmarks.http.WidgetRecord;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Where the HTTP adapters' bytes per call go when decoding, measured exactly on one thread (ThreadMXBean; times are
 * a rough plain-loop indication), for the fixture's get and list bodies: the raw baselines (Jackson tree, Jackson
 * databind into plain records), the adapter's decode from the stream (WireCodec: DTO, core JSON values, domain) and
 * what holding a whole body costs (BoundedBody, used only for error bodies). Run: {@code java -cp benchmarks.jar
 * dev.chatwidget.benchmarks.report.DecodeAllocations}.
 */
public final class DecodeAllocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ObjectMapper PLAIN = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static Object sink;

    private DecodeAllocations() {
    }

    public static void main(String[] args) {
        byte[] get = WidgetFixture.widgetBytes();
        byte[] list = WidgetFixture.listBytes();
        WireCodec codec = WireCodec.instance();
        ListQuery query = ListQuery.of(LocationId.of(WidgetFixture.LOCATION)).withLimit(WidgetFixture.LIST_SIZE);
        System.out.println("| stage | get B/op | list B/op | get µs/op | list µs/op |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("raw baseline: Jackson readTree (JsonNode), from a stream", () -> tree(get), () -> tree(list));
        row("raw baseline: Jackson databind into records, from a stream", () -> bind(get, WidgetRecord.class),
                () -> bind(list, WidgetListRecord.class));
        row("adapter: WireCodec decode from the stream (DTO, core JsonValue settings, domain)",
                () -> codec.decodeWidget(new ByteArrayInputStream(get)),
                () -> codec.decodePage(new ByteArrayInputStream(list), query));
        row("adapter: BoundedBody.read (a non-2xx body into a byte[])", () -> bounded(get), () -> bounded(list));
    }

    private static void row(String stage, Supplier<Object> get, Supplier<Object> list) {
        long[] g = perOp(get);
        long[] l = perOp(list);
        System.out.printf("| %s | %,d | %,d | %.1f | %.1f |%n", stage, g[0], l[0], g[1] / 1e3, l[1] / 1e3);
    }

    /** Bytes allocated (exact) and nanoseconds (rough: a plain loop, no JMH) per operation, after a warmup. */
    static long[] perOp(Supplier<Object> op) {
        for (int i = 0; i < 2_000; i++) {
            sink = op.get();
        }
        long thread = Thread.currentThread().getId();
        int n = 200;
        long before = THREADS.getThreadAllocatedBytes(thread);
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink = op.get();
        }
        long nanos = System.nanoTime() - started;
        return new long[] {(THREADS.getThreadAllocatedBytes(thread) - before) / n, nanos / n};
    }

    private static Object tree(byte[] body) {
        try {
            return PLAIN.readTree(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object bounded(byte[] body) {
        try {
            return BoundedBody.read(new ByteArrayInputStream(body), body.length, 4 << 20, 200, ResponseHeaders.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object bind(byte[] body, Class<?> type) {
        try {
            return PLAIN.readValue(new ByteArrayInputStream(body), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
