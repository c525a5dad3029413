package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chatwidget.core.domain.json.JsonValue;

/** {@code ChatWidgetDTO}: a whole widget, as get, replace, patch, clone and create answer it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WidgetDto(
        @JsonProperty("_id") String id,
        @JsonProperty("version") Integer version,
        @JsonProperty("chatType") String chatType,
        @JsonProperty("name") String name,
        @JsonProperty("locationId") String locationId,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("default") Boolean isDefault,
        @JsonProperty("settings") JsonValue settings,
        @JsonProperty("creationSource") String creationSource,
        @JsonProperty("updatedBy") String updatedBy,
        @JsonProperty("originId") String originId,
        @JsonProperty("createdAt") String createdAt,
        @JsonProperty("updatedAt") String updatedAt) {
}
