package dev.chatwidget.adapter.http.wire;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short, secret-free excerpts of response bodies for error values and logs. */
public final class Excerpts {

    /** The longest excerpt, in characters. */
    public static final int MAX_LENGTH = 160;

    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
    private static final String SECRET_NAMES = "access_token|refresh_token|id_token|token|client_secret|password"
            + "|authorization|api_key|apikey";
    /** {@code "token": "..."} in JSON and {@code token=...} in forms and queries; prose like "token: x" is kept. */
    private static final Pattern SECRET_MEMBER = Pattern.compile(
            "(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*\")[^\"]*|((?<![\\w-])(?:" + SECRET_NAMES + ")=)[^\\s&\"',;]+");

    private Excerpts() {
    }

    /** A one-line excerpt of at most {@link #MAX_LENGTH} characters, with token-like values masked. */
    public static String of(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        int length = Math.min(body.length, MAX_LENGTH * 4);
        return of(new String(body, 0, length, StandardCharsets.UTF_8), MAX_LENGTH);
    }

    /** A one-line excerpt of {@code text} of at most {@code max} characters, with token-like values masked. */
    public static String of(String text, int max) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder(Math.min(text.length(), max * 2));
        boolean space = false;
        for (int i = 0; i < text.length() && line.length() < max * 2; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = line.length() > 0;
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            line.append(c);
        }
        String masked = SECRET_MEMBER.matcher(BEARER.matcher(line).replaceAll("$1****"))
                .replaceAll(m -> Matcher.quoteReplacement((m.group(1) != null ? m.group(1) : m.group(2)) + "****"));
        return masked.length() <= max ? masked : masked.substring(0, max - 1) + "…";
    }
}
