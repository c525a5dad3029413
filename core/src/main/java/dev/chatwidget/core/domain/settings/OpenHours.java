package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;

/** One entry of {@code businessOfficeHours.openHours}: the days of the week it covers and its hour ranges. */
public record OpenHours(JsonObject json) {

    public OpenHours {
        Objects.requireNonNull(json, "json");
    }

    /** Days as the service numbers them; non-numeric entries are skipped here but kept in {@link #json()}. */
    public List<Integer> daysOfTheWeek() {
        return json.array("daysOfTheWeek").map(JsonArray::values).orElse(List.of()).stream()
                .filter(JsonNumber.class::isInstance).map(v -> ((JsonNumber) v).value().intValue()).toList();
    }

    /** The hour ranges, as sent (their shape is not documented). */
    public List<JsonValue> hours() {
        return json.array("hours").map(JsonArray::values).orElse(List.of());
    }
}
