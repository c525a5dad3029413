package dev.chatwidget.core.application.auth;

import java.util.Properties;
import java.util.TreeSet;

/**
 * Writes properties in the format {@link Properties#load(java.io.InputStream)} reads, sorted and without the
 * timestamp comment {@link Properties#store} adds (core never reads the clock on its own).
 */
final class PropertiesText {

    private PropertiesText() {
    }

    static String of(Properties all) {
        StringBuilder text = new StringBuilder("# chat-widget OAuth tokens: secrets, keep this file private\n");
        for (String key : new TreeSet<>(all.stringPropertyNames())) {
            escape(key, text, true);
            text.append('=');
            escape(all.getProperty(key), text, false);
            text.append('\n');
        }
        return text.toString();
    }

    private static void escape(String s, StringBuilder out, boolean key) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
