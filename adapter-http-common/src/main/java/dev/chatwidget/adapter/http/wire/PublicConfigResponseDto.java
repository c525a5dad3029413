package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The public config response: {@code {"config": {...}}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicConfigResponseDto(@JsonProperty("config") PublicConfigDto config) {
}
