package dev.chatwidget.adapter.http;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of one path segment or one query value: everything but the unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) is encoded as UTF-8 bytes, so no value can ever change the URL's structure.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String encode(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            if (!isUnreserved(value.charAt(i))) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
                appendEncoded(out, value.substring(i));
                break;
            }
        }
        return out == null ? value : out.toString();
    }

    private static void appendEncoded(StringBuilder out, String rest) {
        for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
