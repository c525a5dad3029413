package dev.chatwidget.core.domain.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small strict JSON reader for tests, so cases can be written as the RFCs write them. */
public final class TestJson {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int pos;

    private TestJson(String text) {
        this.text = text;
    }

    public static JsonValue parse(String text) {
        TestJson reader = new TestJson(text);
        JsonValue value = reader.value();
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw reader.error("trailing text");
        }
        return value;
    }

    public static JsonObject object(String text) {
        return (JsonObject) parse(text);
    }

    private JsonValue value() {
        skipSpace();
        char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new JsonString(string());
            case 't' -> literal("true", JsonBoolean.TRUE);
            case 'f' -> literal("false", JsonBoolean.FALSE);
            case 'n' -> literal("null", JsonNull.INSTANCE);
            default -> number();
        };
    }

    private JsonObject object() {
        pos++;
        JsonObject.Builder builder = JsonObject.builder();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return builder.build();
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            builder.put(key, value());
            skipSpace();
            if (next() == '}') {
                return builder.build();
            }
            pos--;
            expect(',');
        }
    }

    private JsonArray array() {
        pos++;
        List<JsonValue> values = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return new JsonArray(values);
        }
        while (true) {
            values.add(value());
            skipSpace();
            if (next() == ']') {
                return new JsonArray(values);
            }
            pos--;
            expect(',');
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("raw control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    private JsonNumber number() {
        Matcher m = NUMBER.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            throw error("not a JSON value");
        }
        pos = m.end();
        return new JsonNumber(new BigDecimal(m.group()));
    }

    private JsonValue literal(String word, JsonValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected " + word);
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected " + c);
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + pos + " in " + text);
    }
}
