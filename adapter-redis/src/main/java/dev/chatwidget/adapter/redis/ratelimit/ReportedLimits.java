package dev.chatwidget.adapter.redis.ratelimit;

import dev.chatwidget.core.application.resilience.BurstLimit;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The limit in force per location: the configured one, tightened by what the service reports (a lower maximum, a
 * longer interval), never loosened past the configuration. Only tightened locations are held, so the map stays as
 * small as the number of locations the service limits more strictly than configured.
 */
final class ReportedLimits {

    /** A tightened location's limit and the schedule that follows from it. */
    private record Tightened(BurstLimit limit, int burst, Pacing pacing) {
    }

    private final SharedRateLimit config;
    private final Pacing configured;
    private final ConcurrentMap<Optional<LocationId>, Tightened> tightened = new ConcurrentHashMap<>();

    ReportedLimits(SharedRateLimit config) {
        this.config = config;
        this.configured = Pacing.of(config.limit(), config.burst(), config.margin());
    }

    void adapt(Optional<LocationId> location, RateLimits limits) {
        BurstLimit base = config.limit();
        long permits = Math.min(base.permits(), limits.burstMax().stream().filter(n -> n > 0).findFirst()
                .orElse(base.permits()));
        Duration interval = limits.burstInterval().filter(d -> d.compareTo(base.interval()) > 0)
                .orElse(base.interval());
        if (permits == base.permits() && interval.equals(base.interval())) {
            tightened.remove(location);
            return;
        }
        BurstLimit limit;
        try {
            limit = BurstLimit.of(permits, interval);
        } catch (IllegalArgumentException unusable) {
            return;
        }
        int burst = (int) Math.min(config.burst(), permits);
        tightened.put(location, new Tightened(limit, burst, Pacing.of(limit, burst, config.margin())));
    }

    Pacing pacing(Optional<LocationId> location) {
        Tightened t = tightened.get(location);
        return t == null ? configured : t.pacing();
    }

    BurstLimit limit(Optional<LocationId> location) {
        Tightened t = tightened.get(location);
        return t == null ? config.limit() : t.limit();
    }

    int burst(Optional<LocationId> location) {
        Tightened t = tightened.get(location);
        return t == null ? config.burst() : t.burst();
    }
}
