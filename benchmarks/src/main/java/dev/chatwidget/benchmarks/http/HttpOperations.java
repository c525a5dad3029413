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
 * The HTTP operations under measurement, named {@code <stack>_<adapter|raw|bind>_<operation>} so the report can
 * pair each adapter with its two raw baselines on the same transport: {@code raw} parses into a Jackson tree,
 * {@code bind} binds into plain records ({@link WidgetRecord}). Subclasses fix the mode and the thread count.
 */
public abstract class HttpOperations {

    @Benchmark
    public JsonNode apache_raw_get(RawApache raw) throws IOException {
        return raw.get(RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord apache_bind_get(RawApache raw) throws IOException {
        return raw.get(RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> apache_adapter_get(ApacheAdapter adapter) {
        return Adapters.get(adapter.gateway);
    }

    @Benchmark
    public JsonNode apache_raw_list(RawApache raw) throws IOException {
        return raw.list(RawJson.TREE);
    }

    @Benchmark
    public WidgetListRecord apache_bind_list(RawApache raw) throws IOException {
        return raw.list(RawJson.LIST_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> apache_adapter_list(ApacheAdapter adapter) {
        return Adapters.list(adapter.gateway);
    }

    @Benchmark
    public JsonNode apache_raw_create(RawApache raw) throws IOException {
        return raw.create(RawJson.createTree(), RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord apache_bind_create(RawApache raw) throws IOException {
        return raw.create(RawJson.createRecord(), RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> apache_adapter_create(ApacheAdapter adapter) {
        return Adapters.create(adapter.gateway);
    }

    @Benchmark
    public JsonNode apache_raw_patch(RawApache raw) throws IOException {
        return raw.patch(RawJson.patchTree(), RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord apache_bind_patch(RawApache raw) throws IOException {
        return raw.patch(RawJson.patchRecord(), RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> apache_adapter_patch(ApacheAdapter adapter) {
        return Adapters.patch(adapter.gateway);
    }

    @Benchmark
    public JsonNode jersey_raw_get(RawJersey raw) throws IOException {
        return raw.get(RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord jersey_bind_get(RawJersey raw) throws IOException {
        return raw.get(RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> jersey_adapter_get(JerseyAdapter adapter) {
        return Adapters.get(adapter.gateway);
    }

    @Benchmark
    public JsonNode jersey_raw_list(RawJersey raw) throws IOException {
        return raw.list(RawJson.TREE);
    }

    @Benchmark
    public WidgetListRecord jersey_bind_list(RawJersey raw) throws IOException {
        return raw.list(RawJson.LIST_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> jersey_adapter_list(JerseyAdapter adapter) {
        return Adapters.list(adapter.gateway);
    }

    @Benchmark
    public JsonNode jersey_raw_create(RawJersey raw) throws IOException {
        return raw.create(RawJson.createTree(), RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord jersey_bind_create(RawJersey raw) throws IOException {
        return raw.create(RawJson.createRecord(), RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> jersey_adapter_create(JerseyAdapter adapter) {
        return Adapters.create(adapter.gateway);
    }

    @Benchmark
    public JsonNode jersey_raw_patch(RawJersey raw) throws IOException {
        return raw.patch(RawJson.patchTree(), RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord jersey_bind_patch(RawJersey raw) throws IOException {
        return raw.patch(RawJson.patchRecord(), RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> jersey_adapter_patch(JerseyAdapter adapter) {
        return Adapters.patch(adapter.gateway);
    }

    @Benchmark
    public JsonNode jdk_raw_get(RawJdk raw) throws IOException {
        return raw.get(RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord jdk_bind_get(RawJdk raw) throws IOException {
        return raw.get(RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> jdk_adapter_get(JdkAdapter adapter) {
        return Adapters.get(adapter.gateway);
    }

    @Benchmark
    public JsonNode jdk_raw_list(RawJdk raw) throws IOException {
        return raw.list(RawJson.TREE);
    }

    @Benchmark
    public WidgetListRecord jdk_bind_list(RawJdk raw) throws IOException {
        return raw.list(RawJson.LIST_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, Page<WidgetSummary>> jdk_adapter_list(JdkAdapter adapter) {
        return Adapters.list(adapter.gateway);
    }

    @Benchmark
    public JsonNode jdk_raw_create(RawJdk raw) throws IOException {
        return raw.create(RawJson.createTree(), RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord jdk_bind_create(RawJdk raw) throws IOException {
        return raw.create(RawJson.createRecord(), RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> jdk_adapter_create(JdkAdapter adapter) {
        return Adapters.create(adapter.gateway);
    }

    @Benchmark
    public JsonNode jdk_raw_patch(RawJdk raw) throws IOException {
        return raw.patch(RawJson.patchTree(), RawJson.TREE);
    }

    @Benchmark
    public WidgetRecord jdk_bind_patch(RawJdk raw) throws IOException {
        return raw.patch(RawJson.patchRecord(), RawJson.WIDGET_RECORD);
    }

    @Benchmark
    public Either<ChatWidgetError, ChatWidget> jdk_adapter_patch(JdkAdapter adapter) {
        return Adapters.patch(adapter.gateway);
    }
}
