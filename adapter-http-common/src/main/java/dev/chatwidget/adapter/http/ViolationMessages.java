package dev.chatwidget.adapter.http;

import dev.chatwidget.core.error.Violation;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a server message such as {@code "name must be a string"} or {@code "property foo should not exist"} back
 * into a violation with its field, when the message names one; otherwise the violation is unattributed.
 */
final class ViolationMessages {

    private static final Pattern FIELD_THEN_VERB = Pattern.compile(
            "^(?:each value in )?([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*|\\[\\d+])*)\\s+"
                    + "((?:must|should|is|are|has|have|cannot|can|may|needs?|contains?|exceeds?|was|were|does|do)\\b.*)$",
            Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile("^property\\s+(\\S+)\\s+(should not exist.*)$",
            Pattern.DOTALL);

    /** Body and query fields of the API: a message starting with one of them is about it. */
    private static final Set<String> FIELDS = Set.of("version", "chatType", "name", "locationId", "deleted", "default",
            "settings", "chatWidgetId", "offset", "limit", "excludeChatType", "voiceAiAgentId", "allInOneChatTypes");

    private ViolationMessages() {
    }

    static Violation parse(String message) {
        Matcher property = PROPERTY.matcher(message);
        if (property.matches()) {
            return Violation.of(property.group(1), property.group(2));
        }
        Matcher m = FIELD_THEN_VERB.matcher(message);
        if (m.matches() && !Character.isUpperCase(m.group(1).charAt(0))) {
            return Violation.of(m.group(1), m.group(2));
        }
        int space = message.indexOf(' ');
        if (space > 0 && FIELDS.contains(message.substring(0, space))) {
            return Violation.of(message.substring(0, space), message.substring(space + 1));
        }
        return Violation.unattributed(message);
    }
}
