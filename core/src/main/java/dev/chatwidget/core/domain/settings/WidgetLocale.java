package dev.chatwidget.core.domain.settings;

import java.util.List;

/**
 * {@code locale}: the widget's language, or {@code auto} (the visitor's) or {@code location} (the location's). An
 * open value, like chat types: the values documented since the 2026-08-25 schema are constants, any other is kept
 * as read ({@link #isKnown()} false).
 */
public record WidgetLocale(String wireValue) {

    public static final WidgetLocale AUTO = new WidgetLocale("auto");
    public static final WidgetLocale DA_DK = new WidgetLocale("da-dk");
    public static final WidgetLocale DE = new WidgetLocale("de");
    public static final WidgetLocale EN_GB = new WidgetLocale("en-gb");
    public static final WidgetLocale EN_US = new WidgetLocale("en-us");
    public static final WidgetLocale ES = new WidgetLocale("es");
    public static final WidgetLocale FI = new WidgetLocale("fi");
    public static final WidgetLocale FR_CA = new WidgetLocale("fr-ca");
    public static final WidgetLocale FR_FR = new WidgetLocale("fr-fr");
    public static final WidgetLocale HR = new WidgetLocale("hr");
    public static final WidgetLocale HU = new WidgetLocale("hu");
    public static final WidgetLocale IT = new WidgetLocale("it");
    public static final WidgetLocale LOCATION = new WidgetLocale("location");
    public static final WidgetLocale NL = new WidgetLocale("nl");
    public static final WidgetLocale NO = new WidgetLocale("no");
    public static final WidgetLocale PT_BR = new WidgetLocale("pt-br");
    public static final WidgetLocale PT_PT = new WidgetLocale("pt-pt");
    public static final WidgetLocale SV_SE = new WidgetLocale("sv-se");

    /** The documented values, in the docs' order. */
    public static final List<WidgetLocale> KNOWN = List.of(AUTO, DA_DK, DE, EN_GB, EN_US, ES, FI, FR_CA, FR_FR, HR, HU,
            IT, LOCATION, NL, NO, PT_BR, PT_PT, SV_SE);

    public WidgetLocale {
        OpenValues.check(wireValue, "locale");
    }

    /** The value for a wire value, known or not. */
    public static WidgetLocale of(String wireValue) {
        return OpenValues.of(KNOWN, k -> k.wireValue.equals(wireValue), wireValue, WidgetLocale::new);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
