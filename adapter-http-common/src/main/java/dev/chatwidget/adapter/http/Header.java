package dev.chatwidget.adapter.http;

import java.util.Objects;

/** One request header; the value has passed {@code HeaderValues} (no CR, LF or control characters). */
public record Header(String name, String value) {

    public Header {
        Objects.requireNonNull(name, "name");
        HeaderValues.require(name, value);
    }

    /** Never shows the value of {@code Authorization}. */
    @Override
    public String toString() {
        return name + ": " + (name.equalsIgnoreCase("Authorization") ? "****" : value);
    }
}
