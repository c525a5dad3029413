package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chatwidget.core.domain.json.JsonValue;

/** One entry of a list response: fewer fields than a widget. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ListItemDto(
        @JsonProperty("_id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("chatType") String chatType,
        @JsonProperty("default") Boolean isDefault,
        @JsonProperty("creationSource") String creationSource,
        @JsonProperty("settings") JsonValue settings,
        @JsonProperty("createdAt") String createdAt,
        @JsonProperty("updatedAt") String updatedAt) {
}
