package dev.chatwidget.adapter.redis.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis is reachable, as the last round trip found it. Says so once per outage (one WARN when it goes, one
 * INFO when it is back), and while it is out lets one caller per probe interval try it, so that a Redis that hangs
 * instead of refusing costs one timeout per interval rather than one per call.
 */
final class Outage {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);

    private final Clock clock;
    private final Duration probeInterval;
    private final String fallback;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicReference<Instant> nextProbe = new AtomicReference<>(Instant.MIN);

    /** @param fallback what the instance does meanwhile, for the WARN line */
    Outage(Clock clock, Duration probeInterval, String fallback) {
        this.clock = clock;
        this.probeInterval = probeInterval;
        this.fallback = fallback;
    }

    /** Whether this caller should try Redis: always while it is up, once per probe interval while it is out. */
    boolean mayTry() {
        if (!down.get()) {
            return true;
        }
        Instant next = nextProbe.get();
        Instant now = clock.instant();
        return !now.isBefore(next) && nextProbe.compareAndSet(next, now.plus(probeInterval));
    }

    /** A round trip failed: the first failure of an outage is logged, with the kind of failure but no detail. */
    void failed(Throwable cause) {
        nextProbe.set(clock.instant().plus(probeInterval));
        if (down.compareAndSet(false, true)) {
            // Only the exception types: a message could carry the server's address or credentials.
            LOG.warn("Redis is unreachable ({}): rate limiting {} until it is back", describe(cause), fallback);
        }
    }

    /** A round trip succeeded: ends the outage, if there was one. */
    void succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            LOG.info("Redis is reachable again: rate limiting is shared across instances again");
        }
    }

    boolean isDown() {
        return down.get();
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = cause.getClass().getSimpleName();
        return root == cause ? outer : outer + " caused by " + root.getClass().getSimpleName();
    }
}
