package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code X-RateLimit-*} headers, read into {@link RateLimits} (and written, for servers that emulate the API). */
public final class RateLimitHeaders {

    public static final String MAX = "X-RateLimit-Max";
    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String INTERVAL_MILLISECONDS = "X-RateLimit-Interval-Milliseconds";
    public static final String DAILY_LIMIT = "X-RateLimit-Limit-Daily";
    public static final String DAILY_REMAINING = "X-RateLimit-Daily-Remaining";
    /** When the daily budget resets; the format is undocumented (see {@link DailyReset}). */
    public static final String DAILY_RESET = "X-RateLimit-Daily-Reset";

    private RateLimitHeaders() {
    }

    /** What the headers report; a missing or unreadable header is simply absent. */
    public static RateLimits parse(ResponseHeaders headers) {
        OptionalLong interval = number(headers, INTERVAL_MILLISECONDS);
        return new RateLimits(
                number(headers, MAX),
                number(headers, REMAINING),
                interval.isPresent() ? Optional.of(Duration.ofMillis(interval.getAsLong())) : Optional.empty(),
                number(headers, DAILY_LIMIT),
                number(headers, DAILY_REMAINING),
                dailyReset(headers.firstOrNull(DAILY_RESET)));
    }

    /** The headers that report {@code limits}, in a stable order; absent parts are left out. */
    public static Map<String, String> toHeaders(RateLimits limits) {
        Map<String, String> out = new LinkedHashMap<>();
        limits.burstMax().ifPresent(v -> out.put(MAX, Long.toString(v)));
        limits.burstRemaining().ifPresent(v -> out.put(REMAINING, Long.toString(v)));
        limits.burstInterval().ifPresent(v -> out.put(INTERVAL_MILLISECONDS, Long.toString(v.toMillis())));
        limits.dailyLimit().ifPresent(v -> out.put(DAILY_LIMIT, Long.toString(v)));
        limits.dailyRemaining().ifPresent(v -> out.put(DAILY_REMAINING, Long.toString(v)));
        limits.dailyReset().ifPresent(v -> out.put(DAILY_RESET, DailyReset.format(v)));
        return out;
    }

    private static OptionalLong number(ResponseHeaders headers, String name) {
        String raw = headers.firstOrNull(name);
        return raw == null ? OptionalLong.empty() : parseCount(raw);
    }

    private static Optional<Instant> dailyReset(String raw) {
        return raw == null ? Optional.empty() : DailyReset.parse(raw);
    }

    /** A non-negative count; proxies that merge duplicate headers give "5, 5", of which the first counts. */
    private static OptionalLong parseCount(String raw) {
        String value = raw.contains(",") ? raw.substring(0, raw.indexOf(',')).trim() : raw.trim();
        if (value.isEmpty() || value.length() > 18) {
            return OptionalLong.empty();
        }
        long count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
            count = count * 10 + (c - '0');
        }
        return OptionalLong.of(count);
    }
}
