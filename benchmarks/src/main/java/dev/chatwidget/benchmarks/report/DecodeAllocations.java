package dev.chatwidget.benchmarks.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatwidget.adapter.http.BoundedBody;
import dev.chatwidget.adapter.http.ResponseHeaders;
import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the HTTP adapters' bytes per call go, stage by stage, measured exactly on one thread (ThreadMXBean; times
 * are a rough plain-loop indication), for
 * the fixture's get and list bodies: the raw baseline's Jackson tree, the adapter's decode (WireCodec), its body
 * copy (BoundedBody), and two prototypes of a leaner decode (streaming straight into the core's JSON values, with
 * and without the copy JsonObject makes of its map). Run: {@code java -cp benchmarks.jar
 * dev.chatwidget.benchmarks.report.DecodeAllocations}.
 */
public final class DecodeAllocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper PLAIN = new ObjectMapper();
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
        row("raw baseline: Jackson readTree (JsonNode)", () -> tree(get), () -> tree(list));
        row("adapter: WireCodec decode (DTO, core JsonValue settings, domain)", () -> codec.decodeWidget(get),
                () -> codec.decodePage(list, query));
        row("adapter: BoundedBody.read (body into a byte[])", () -> bounded(get), () -> bounded(list));
        row("prototype: stream the whole body into core JsonValues", () -> stream(get, true),
                () -> stream(list, true));
        row("prototype: same, if JsonObject kept the map it is given", () -> stream(get, false),
                () -> stream(list, false));
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
            return PLAIN.readTree(body);
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

    private static Object stream(byte[] body, boolean core) {
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            return core ? value(parser) : owned(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON straight from the token stream into the core's values (no Jackson tree in between). */
    private static JsonValue value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                JsonObject.Builder object = JsonObject.builder();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    object.put(key, value(p));
                }
                return object.build();
            }
            case START_ARRAY -> {
                List<JsonValue> values = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(value(p));
                }
                return new JsonArray(values);
            }
            case VALUE_STRING -> {
                return new JsonString(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonNumber(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return JsonBoolean.of(p.getBooleanValue());
            }
            default -> {
                return JsonNull.INSTANCE;
            }
        }
    }

    /** The same shape with one owned map per object: what JsonObject would cost without its defensive copy. */
    private static Object owned(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    object.put(key, owned(p));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> values = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(owned(p));
                }
                return values;
            }
            case VALUE_STRING -> {
                return new JsonString(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonNumber(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return JsonBoolean.of(p.getBooleanValue());
            }
            default -> {
                return JsonNull.INSTANCE;
            }
        }
    }
}
