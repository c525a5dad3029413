package dev.chatwidget.testkit.faults;

import java.nio.charset.StandardCharsets;

/** The expected wire form of one path segment or query value: RFC 3986, everything but unreserved encoded. */
final class PathSegments {

    private PathSegments() {
    }

    static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
