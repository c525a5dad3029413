package dev.chatwidget.testkit.server.oauth;

import java.util.Map;

/** The token endpoint's answer: a status and the JSON object to send (field order kept). */
record TokenReply(int status, Map<String, Object> body) {

    static TokenReply error(int status, String error, String description) {
        return new TokenReply(status, Map.of("error", error, "error_description", description));
    }
}
