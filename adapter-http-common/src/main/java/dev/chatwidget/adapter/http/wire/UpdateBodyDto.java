package dev.chatwidget.adapter.http.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.chatwidget.core.domain.json.JsonValue;

/**
 * The replace (PUT) and patch (PATCH) request body. Every field is optional and a field not named must be absent,
 * never {@code null}: the server reads absence as "keep". JSON nulls inside {@code settings} are kept, since in a
 * patch they remove keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UpdateBodyDto(
        @JsonProperty("version") Integer version,
        @JsonProperty("chatType") String chatType,
        @JsonProperty("name") String name,
        @JsonProperty("default") Boolean isDefault,
        @JsonProperty("settings") JsonValue settings) {
}
