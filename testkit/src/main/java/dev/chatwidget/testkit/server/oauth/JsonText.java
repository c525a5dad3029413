package dev.chatwidget.testkit.server.oauth;

import java.util.Map;

/** Writes a flat JSON object of strings, numbers and booleans (all the token endpoint needs). */
final class JsonText {

    private JsonText() {
    }

    static String of(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(key, json);
            json.append(':');
            if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else {
                string(String.valueOf(value), json);
            }
        });
        return json.append('}').toString();
    }

    private static void string(String s, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
