package dev.chatwidget.core.domain.settings;

import java.util.List;

/**
 * {@code dimensions.position}: where the widget opens. An open value, like chat types: the values documented since
 * the 2026-08-25 schema are constants, any other is kept as read ({@link #isKnown()} false).
 */
public record Position(String wireValue) {

    public static final Position TOP_LEFT = new Position("top-left");
    public static final Position TOP_RIGHT = new Position("top-right");
    public static final Position MIDDLE_LEFT = new Position("middle-left");
    public static final Position MIDDLE_RIGHT = new Position("middle-right");
    public static final Position BOTTOM_LEFT = new Position("bottom-left");
    public static final Position BOTTOM_RIGHT = new Position("bottom-right");

    /** The documented values, in the docs' order. */
    public static final List<Position> KNOWN = List.of(TOP_LEFT, TOP_RIGHT, MIDDLE_LEFT, MIDDLE_RIGHT, BOTTOM_LEFT,
            BOTTOM_RIGHT);

    public Position {
        OpenValues.check(wireValue, "dimensions.position");
    }

    /** The value for a wire value, known or not. */
    public static Position of(String wireValue) {
        return OpenValues.of(KNOWN, k -> k.wireValue.equals(wireValue), wireValue, Position::new);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
