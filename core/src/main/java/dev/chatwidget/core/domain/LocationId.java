package dev.chatwidget.core.domain;

/** The id of a HighLevel location (sub-account); always safe as one URL path segment. */
public record LocationId(String value) {

    public LocationId {
        PathSegment.require("locationId", value);
    }

    public static LocationId of(String value) {
        return new LocationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
