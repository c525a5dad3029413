package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chatwidget.core.domain.json.JsonValue;

/** The {@code config} object of a public config response (undocumented upstream: the widget's public fields). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicConfigDto(
        @JsonProperty("_id") String id,
        @JsonProperty("locationId") String locationId,
        @JsonProperty("chatType") String chatType,
        @JsonProperty("version") Integer version,
        @JsonProperty("name") String name,
        @JsonProperty("settings") JsonValue settings) {
}
