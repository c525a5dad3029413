package dev.chatwidget.adapter.redis.ratelimit;

import dev.chatwidget.core.application.resilience.TokenBucketRateLimiter;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.Sleeper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rate limiter shared by every instance of one app: one schedule per location in Redis, advanced by one atomic
 * script ({@code pacing.lua}, GCRA on Redis's clock), so the fleet together sends what the service allows and
 * callers are served in the order they asked. Like the local {@link TokenBucketRateLimiter}, a caller waits (through
 * the {@link Sleeper}) for its permit, or gets a BURST {@code RateLimited} at once if the permit is due only past its
 * deadline; and as the {@link RateLimitListener} it tightens the schedule to the limits the service reports.
 *
 * <p>Redis unreachable (refused, timed out, any failure): the call goes on with a local token bucket at this
 * instance's share of the limit ({@link SharedRateLimit#fallbackShare()}); one WARN says so, one INFO says when the
 * shared schedule is back. No call fails because of Redis.
 */
public final class RedisRateLimiter implements RateLimiter, RateLimitListener, AutoCloseable {

    private final SharedRateLimit config;
    private final Clock clock;
    private final Sleeper sleeper;
    private final LazyConnection redis;
    private final TokenBucketRateLimiter local;
    private final ReportedLimits reported;
    private final Outage outage;
    private final Optional<RedisClient> owned;

    /**
     * @param client a client for the Redis to share; it stays the caller's to shut down, after this limiter. Any
     *               client works (each round trip is bounded by the Redis timeout); {@link #connect} makes one that
     *               fails at once while disconnected
     */
    public RedisRateLimiter(RedisClient client, SharedRateLimit config, Clock clock, Sleeper sleeper) {
        this(client, false, config, clock, sleeper);
    }

    private RedisRateLimiter(RedisClient client, boolean owns, SharedRateLimit config, Clock clock, Sleeper sleeper) {
        this.owned = owns ? Optional.of(client) : Optional.empty();
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.redis = new LazyConnection(Objects.requireNonNull(client, "client"));
        this.local = new TokenBucketRateLimiter(config.fallbackShare(), clock, sleeper);
        this.reported = new ReportedLimits(config);
        this.outage = new Outage(clock, config.probeInterval(), "locally at " + config.fallbackShare().permits()
                + " per " + config.limit().interval() + " per location (1/" + config.expectedInstances()
                + " of the limit)");
    }

    /**
     * A limiter with a client of its own for the Redis at {@code redisUri} (e.g. {@code redis://host:6379/0}),
     * shut down by {@link #close()}. Its commands fail at once while disconnected and it connects within the
     * Redis timeout; it connects on first use, since Redis may be down when the application starts.
     */
    public static RedisRateLimiter connect(String redisUri, SharedRateLimit config, Clock clock, Sleeper sleeper) {
        Objects.requireNonNull(redisUri, "redisUri");
        Objects.requireNonNull(config, "config");
        return new RedisRateLimiter(LimiterClients.create(RedisURI.create(redisUri), config), true, config, clock,
                sleeper);
    }

    @Override
    public Either<ChatWidgetError, Permit> acquire(Optional<LocationId> location, Instant deadline) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(deadline, "deadline");
        Optional<PacingScript.Reply> shared = take(location, deadline);
        if (shared.isEmpty() && Thread.currentThread().isInterrupted()) {
            return Either.left(interrupted(location));
        }
        if (shared.isEmpty()) {
            return local.acquire(location, deadline);
        }
        Duration wait = Duration.of(shared.get().waitMicros(), ChronoUnit.MICROS);
        if (!shared.get().granted()) {
            return Either.left(new RateLimited(RateLimited.Scope.BURST, limitsOf(location), Optional.of(wait),
                    "shared rate limit: no permit for " + describe(location) + " before the call's deadline"
                            + " (next in " + wait.toMillis() + " ms)", Optional.empty()));
        }
        if (wait.isZero()) {
            return Either.right(Permit.IMMEDIATE);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            // The reserved slot is forfeited: the fleet loses one permit's worth of time, which is conservative.
            Thread.currentThread().interrupt();
            return Either.left(interrupted(location));
        }
        return Either.right(new Permit(wait));
    }

    /**
     * Tightens this instance's schedule for {@code location} to what the service reported, and when fewer permits
     * remain than the schedule would hand out at once, delays the shared schedule to match.
     */
    @Override
    public void onRateLimits(Optional<LocationId> location, RateLimits limits) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(limits, "limits");
        local.onRateLimits(location, limits);
        reported.adapt(location, limits);
        OptionalLong remaining = limits.burstRemaining();
        if (remaining.isEmpty() || remaining.getAsLong() >= reported.burst(location) || !outage.mayTry()) {
            return;
        }
        try {
            LazyConnection.Session session = redis.session();
            session.script().report(session.commands(), key(location), reported.pacing(location),
                    remaining.getAsLong(), config.redisTimeout());
            outage.succeeded();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception failure) {
            outage.failed(failure);
        }
    }

    /** Whether the last round trip to Redis failed (the limiter is then local). */
    public boolean isLocal() {
        return outage.isDown();
    }

    /** Closes the connection to Redis, and the client if the limiter made it ({@link #connect}). */
    @Override
    public void close() {
        redis.close();
        owned.ifPresent(RedisClient::shutdown);
    }

    private Optional<PacingScript.Reply> take(Optional<LocationId> location, Instant deadline) {
        if (!outage.mayTry()) {
            return Optional.empty();
        }
        long maxWaitMicros = micros(Duration.between(clock.instant(), deadline));
        try {
            LazyConnection.Session session = redis.session();
            Optional<PacingScript.Reply> reply = Optional.of(session.script().take(session.commands(),
                    key(location), reported.pacing(location), maxWaitMicros, config.redisTimeout()));
            outage.succeeded();
            return reply;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception failure) {
            outage.failed(failure);
            return Optional.empty();
        }
    }

    private RateLimits limitsOf(Optional<LocationId> location) {
        return new RateLimits(OptionalLong.of(reported.limit(location).permits()), OptionalLong.of(0),
                Optional.of(reported.limit(location).interval()), OptionalLong.empty(), OptionalLong.empty());
    }

    private String key(Optional<LocationId> location) {
        return config.keyPrefix() + location.map(id -> "location:" + id.value()).orElse("no-location");
    }

    private static long micros(Duration duration) {
        if (duration.isNegative()) {
            return 0;
        }
        try {
            return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE / 4;
        }
    }

    private static ChatWidgetError interrupted(Optional<LocationId> location) {
        return TransportFailure.of("interrupted while waiting for a rate-limit permit for " + describe(location),
                false);
    }

    private static String describe(Optional<LocationId> location) {
        return location.map(id -> "location " + id.value()).orElse("calls without a location");
    }
}
