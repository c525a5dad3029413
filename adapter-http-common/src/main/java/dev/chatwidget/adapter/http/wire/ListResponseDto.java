package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The list response: {@code {"chatWidgets": [...], "totalCount": n}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ListResponseDto(
        @JsonProperty("chatWidgets") List<ListItemDto> chatWidgets,
        @JsonProperty("totalCount") Long totalCount) {
}
