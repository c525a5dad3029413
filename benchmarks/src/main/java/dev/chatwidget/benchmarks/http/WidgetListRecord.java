package dev.chatwidget.benchmarks.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A list response bound with Jackson databind into plain records (see {@link WidgetRecord}). */
public record WidgetListRecord(List<Item> chatWidgets, int totalCount) {

    /** A list item: the fields the API documents for list responses. */
    public record Item(
            @JsonProperty("_id") String id,
            String name,
            String chatType,
            @JsonProperty("default") boolean isDefault,
            String creationSource,
            Map<String, Object> settings,
            String createdAt,
            String updatedAt) {
    }
}
