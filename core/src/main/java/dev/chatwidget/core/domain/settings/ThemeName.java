package dev.chatwidget.core.domain.settings;

import java.util.List;

/**
 * {@code theme.name}: the widget's colour theme. An open value, like chat types: the values documented since the
 * 2026-08-25 schema are constants, any other is kept as read ({@link #isKnown()} false).
 */
public record ThemeName(String wireValue) {

    public static final ThemeName BLUE = new ThemeName("blue");
    public static final ThemeName CUSTOM = new ThemeName("custom");
    public static final ThemeName FACEBOOK = new ThemeName("facebook");
    public static final ThemeName GOLDEN = new ThemeName("golden");
    public static final ThemeName INSTAGRAM = new ThemeName("instagram");
    public static final ThemeName LAVENDER = new ThemeName("lavender");
    public static final ThemeName TAN = new ThemeName("tan");
    public static final ThemeName TEAL = new ThemeName("teal");

    /** The documented values, in the docs' order. */
    public static final List<ThemeName> KNOWN = List.of(BLUE, CUSTOM, FACEBOOK, GOLDEN, INSTAGRAM, LAVENDER, TAN, TEAL);

    public ThemeName {
        OpenValues.check(wireValue, "theme.name");
    }

    /** The value for a wire value, known or not. */
    public static ThemeName of(String wireValue) {
        return OpenValues.of(KNOWN, k -> k.wireValue.equals(wireValue), wireValue, ThemeName::new);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
