package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The delete response this library sends from its fake: {@code {"success":true,"id":"..."}}. The real body is
 * undocumented, so decoding never depends on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeleteResponseDto(@JsonProperty("success") Boolean success, @JsonProperty("id") String id) {
}
