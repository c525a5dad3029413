package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.domain.Durations;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The default limiter: one token bucket per location (the service limits per app per location), starting full at
 * the configured {@link BurstLimit} (by default the documented 100 per 10 s). A caller without a permit waits
 * through the {@link Sleeper} until one is due, or gets a BURST {@code RateLimited} at once if it is due only past
 * its deadline. Calls concerning no location (public config) share one bucket of their own: they still count
 * against the app, and a shared bucket keeps a burst of them from provoking 429s.
 *
 * <p>Pass it to the adapter as its {@link RateLimitListener}: what the service reports only ever tightens a
 * bucket (lower maximum, longer interval, fewer remaining), never loosens it past the configuration.
 *
 * <p>Memory: a bucket is a few longs. Buckets full and unused for {@link #IDLE_EVICTION} are dropped in a sweep
 * that runs at most once per {@code IDLE_EVICTION}, so the map holds only recently active locations; a dropped
 * bucket's adaptations are forgotten until the next response reports them again.
 */
public final class TokenBucketRateLimiter implements RateLimiter, RateLimitListener {

    /** How long a full bucket stays unused before it is dropped. */
    public static final Duration IDLE_EVICTION = Duration.ofMinutes(1);

    private final BurstLimit limit;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Instant origin;
    private final ConcurrentMap<Optional<LocationId>, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    /** A limiter at the documented 100 requests per 10 seconds per location. */
    public TokenBucketRateLimiter(Clock clock, Sleeper sleeper) {
        this(BurstLimit.DOCUMENTED, clock, sleeper);
    }

    public TokenBucketRateLimiter(BurstLimit limit, Clock clock, Sleeper sleeper) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.origin = clock.instant();
        this.lastSweep = new AtomicLong(0);
    }

    @Override
    public Either<ChatWidgetError, Permit> acquire(Optional<LocationId> location, Instant deadline) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(deadline, "deadline");
        long deadlineNanos = nanos(deadline);
        TokenBucket.Reservation reservation = onBucket(location, bucket -> bucket.reserve(this::now, deadlineNanos));
        Duration wait = Duration.ofNanos(reservation.waitNanos());
        if (!reservation.granted()) {
            return Either.left(new RateLimited(RateLimited.Scope.BURST, reservation.limits(), Optional.of(wait),
                    "client-side rate limit: no permit for " + describe(location) + " before the call's deadline"
                            + " (next in " + wait.toMillis() + " ms)", Optional.empty()));
        }
        if (wait.isZero()) {
            return Either.right(Permit.IMMEDIATE);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            // The reserved permit is forfeited: conservative, and it comes back with time anyway.
            Thread.currentThread().interrupt();
            return Either.left(TransportFailure.of("interrupted while waiting for a rate-limit permit for "
                    + describe(location), false));
        }
        return Either.right(new Permit(wait));
    }

    @Override
    public void onRateLimits(Optional<LocationId> location, RateLimits limits) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(limits, "limits");
        onBucket(location, bucket -> bucket.adapt(limits, this::now) ? Optional.of(limits) : Optional.empty());
    }

    /**
     * How many locations the limiter currently keeps a bucket for (a gauge for metrics): buckets that are full and
     * unused for a while are dropped, so this stays near the number of recently active locations.
     */
    public int trackedLocations() {
        return buckets.size();
    }

    /** Applies {@code action} to the location's bucket, looking again if a sweep retired it meanwhile (empty). */
    private <R> R onBucket(Optional<LocationId> location, Function<TokenBucket, Optional<R>> action) {
        sweepIfDue();
        while (true) {
            Optional<R> result = action.apply(buckets.computeIfAbsent(location, key -> new TokenBucket(limit, now())));
            if (result.isPresent()) {
                return result.get();
            }
        }
    }

    private void sweepIfDue() {
        long now = now();
        long idle = IDLE_EVICTION.toNanos();
        long previous = lastSweep.get();
        if (now - previous < idle || !lastSweep.compareAndSet(previous, now)) {
            return;
        }
        for (Optional<LocationId> key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, bucket) -> bucket.retireIfIdle(this::now, idle) ? null : bucket);
        }
    }

    private long now() {
        return nanos(clock.instant());
    }

    private long nanos(Instant instant) {
        return Durations.saturatedNanosBetween(origin, instant);
    }

    private static String describe(Optional<LocationId> location) {
        return location.map(id -> "location " + id.value()).orElse("calls without a location");
    }
}
