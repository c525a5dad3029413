package dev.chatwidget.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The HTTP operations under measurement, named {@code <stack>_<adapter|raw>_<operation>} so the report can pair
 * each adapter with its raw baseline. Subclasses fix the mode and the thread count.
 */
public abstract class HttpOperations {

    @Benchmark
    public JsonNode apache_raw_get(RawApache raw) throws IOException {
        return raw.get();
    }

    @Benchmark
    public JsonNode apache_raw_list(RawApache raw) throws IOException {
        return raw.list();
    }

    @Benchmark
    public JsonNode jersey_raw_get(RawJersey raw) throws IOException {
        return raw.get();
    }

    @Benchmark
    public JsonNode jersey_raw_list(RawJersey raw) throws IOException {
        return raw.list();
    }
}
