package dev.chatwidget.core.domain.settings;

import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One field of the widget's contact form ({@code advanceSettings.contactFormOptions[]}). */
public record ContactFormOption(JsonObject json) {

    public ContactFormOption {
        Objects.requireNonNull(json, "json");
    }

    public Optional<String> label() {
        return json.string("label");
    }

    public Optional<String> value() {
        return json.string("value");
    }

    public Optional<String> dataType() {
        return json.string("dataType");
    }

    public Optional<String> fieldKey() {
        return json.string("fieldKey");
    }

    public Optional<Boolean> required() {
        return json.bool("required");
    }

    public Optional<String> placeholder() {
        return json.string("placeholder");
    }

    public Optional<String> id() {
        return json.string("id");
    }

    public Optional<Boolean> disabled() {
        return json.bool("disabled");
    }

    /** The choices of a picklist field, as sent (their shape is not documented). */
    public List<JsonValue> picklistOptions() {
        return json.array("picklistOptions").map(JsonArray::values).orElse(List.of());
    }
}
