package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The clone request body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CloneBodyDto(
        @JsonProperty("locationId") String locationId,
        @JsonProperty("chatWidgetId") String chatWidgetId,
        @JsonProperty("name") String name) {
}
