package dev.chatwidget.benchmarks.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A widget as a team writing its own client would bind it with Jackson databind: the service's fields, settings
 * as plain maps, timestamps kept as the strings the service sends (the adapters parse them into instants).
 */
public record WidgetRecord(
        @JsonProperty("_id") String id,
        String locationId,
        int version,
        String chatType,
        String name,
        boolean deleted,
        @JsonProperty("default") boolean isDefault,
        Map<String, Object> settings,
        String creationSource,
        String updatedBy,
        String originId,
        String createdAt,
        String updatedAt) {
}
