package dev.chatwidget.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
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
    public Either<ChatWidgetError, ChatWidget> apache_adapter_get(ApacheAdapter adapter) {
        return Adapters.get(adapter.gateway);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> apache_adapter_list(ApacheAdapter adapter) {
        return Adapters.list(adapter.gateway);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> jersey_adapter_get(JerseyAdapter adapter) {
        return Adapters.get(adapter.gateway);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> jersey_adapter_list(JerseyAdapter adapter) {
        return Adapters.list(adapter.gateway);
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
