package dev.chatwidget.cli;

/** Text from the service made safe for a terminal. */
final class Strings {

    private Strings() {
    }

    /** Replaces control characters (which could move the cursor or fake a line) with '?'. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
