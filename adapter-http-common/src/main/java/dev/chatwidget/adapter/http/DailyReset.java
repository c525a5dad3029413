package dev.chatwidget.adapter.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The {@code X-RateLimit-Daily-Reset} header: when the daily budget resets. The official SDK reads it but no
 * document gives its format, so every absolute form a server plausibly sends is read: epoch milliseconds, epoch
 * seconds, ISO-8601 and the HTTP date. A small bare number (a delay or a count, who knows) is ignored rather than
 * guessed at; so is anything unreadable.
 */
final class DailyReset {

    /** Below this a bare number is not an epoch time in seconds (it would be before 2001-09-09). */
    private static final long MIN_EPOCH_SECONDS = 1_000_000_000L;
    /** From this on a bare number is epoch milliseconds (as seconds it would be after the year 5138). */
    private static final long MIN_EPOCH_MILLIS = 100_000_000_000L;

    private DailyReset() {
    }

    static Optional<Instant> parse(String raw) {
        String v = raw.contains(",") && raw.trim().chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == ' ')
                ? raw.substring(0, raw.indexOf(',')).trim() : raw.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() <= 18 && v.chars().allMatch(Character::isDigit)) {
            long n = Long.parseLong(v);
            if (n >= MIN_EPOCH_MILLIS) {
                return Optional.of(Instant.ofEpochMilli(n));
            }
            return n >= MIN_EPOCH_SECONDS ? Optional.of(Instant.ofEpochSecond(n)) : Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(v));
        } catch (DateTimeException notIso) {
            try {
                return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeException notHttpDate) {
                return Optional.empty();
            }
        }
    }

    /** How this library's fake server writes it: epoch milliseconds, like the interval header's unit. */
    static String format(Instant at) {
        return Long.toString(at.toEpochMilli());
    }
}
