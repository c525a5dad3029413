package dev.chatwidget.testkit.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A complete response the server decided on, before it is written (or mangled by a fault). */
record Reply(int status, Map<String, List<String>> headers, byte[] body) {

    static final String JSON = "application/json; charset=utf-8";

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(int status, byte[] body) {
        return new Reply(status, Map.of("Content-Type", List.of(JSON)), body);
    }

    /** A copy with these headers added (replacing same-named ones). */
    Reply withHeaders(Map<String, String> extra) {
        Map<String, List<String>> merged = new LinkedHashMap<>(headers);
        extra.forEach((k, v) -> merged.put(k, List.of(v)));
        return new Reply(status, merged, body);
    }
}
