package dev.chatwidget.testkit.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests that only moves when told to, or by a fixed tick on every reading, so timestamps and list
 * order are repeatable.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration tick;

    private TestClock(Instant start, Duration tick) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
        this.tick = Objects.requireNonNull(tick, "tick");
    }

    /** A clock standing still at {@code start} until {@link #advance(Duration)} is called. */
    public static TestClock fixed(Instant start) {
        return new TestClock(start, Duration.ZERO);
    }

    /** A clock that moves forward by {@code tick} after every reading (so each write gets a later timestamp). */
    public static TestClock ticking(Instant start, Duration tick) {
        return new TestClock(start, tick);
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(t -> t.plus(tick));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this; // instants are zone-free; the fake service works in UTC only
    }
}
