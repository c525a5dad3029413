package dev.chatwidget.adapter.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
public final class RetryAfter {

    public static final String HEADER = "Retry-After";

    /** A longer wait is not a retry hint but a bug on the other side: ignored. */
    private static final Duration MAX = Duration.ofDays(2);

    private RetryAfter() {
    }

    /** The wait {@code value} asks for, from {@code now}; a date in the past means no wait. */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            try {
                BigDecimal seconds = new BigDecimal(v);
                if (seconds.compareTo(BigDecimal.valueOf(MAX.getSeconds())) > 0) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofMillis(seconds.movePointRight(3).longValue()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            if (wait.isNegative()) {
                return Optional.of(Duration.ZERO);
            }
            return wait.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
