package dev.chatwidget.core.domain.settings;

import java.util.List;

/**
 * {@code widgetPlacement}: how the widget sits on the page. An open value, like chat types: the values documented
 * since the 2026-08-25 schema are constants, any other is kept as read ({@link #isKnown()} false).
 */
public record WidgetPlacement(String wireValue) {

    public static final WidgetPlacement EMBEDDED = new WidgetPlacement("embedded");
    public static final WidgetPlacement STICKY = new WidgetPlacement("sticky");

    /** The documented values, in the docs' order. */
    public static final List<WidgetPlacement> KNOWN = List.of(EMBEDDED, STICKY);

    public WidgetPlacement {
        OpenValues.check(wireValue, "widgetPlacement");
    }

    /** The value for a wire value, known or not. */
    public static WidgetPlacement of(String wireValue) {
        return OpenValues.of(KNOWN, k -> k.wireValue.equals(wireValue), wireValue, WidgetPlacement::new);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
