package dev.chatwidget.core.domain;

/** The id of a chat widget ({@code _id} on the wire); always safe as one URL path segment. */
public record WidgetId(String value) implements Comparable<WidgetId> {

    public WidgetId {
        PathSegment.require("widgetId", value);
    }

    public static WidgetId of(String value) {
        return new WidgetId(value);
    }

    @Override
    public int compareTo(WidgetId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
