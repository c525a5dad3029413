package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** An error body: {@code message} is a string or a list of strings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorDto(
        @JsonProperty("statusCode") Integer statusCode,
        @JsonProperty("message") JsonNode message,
        @JsonProperty("error") String error,
        @JsonProperty("traceId") String traceId) {
}
