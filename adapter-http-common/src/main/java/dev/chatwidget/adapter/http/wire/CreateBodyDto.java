package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chatwidget.core.domain.json.JsonValue;

/** The create request body; optional fields that are absent stay absent on the wire. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreateBodyDto(
        @JsonProperty("version") Integer version,
        @JsonProperty("chatType") String chatType,
        @JsonProperty("name") String name,
        @JsonProperty("locationId") String locationId,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("default") Boolean isDefault,
        @JsonProperty("settings") JsonValue settings) {
}
