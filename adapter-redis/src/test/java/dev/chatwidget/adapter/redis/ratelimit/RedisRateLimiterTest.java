package dev.chatwidget.adapter.redis.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.adapter.redis.RedisServerExtension;
import dev.chatwidget.core.application.resilience.BurstLimit;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import dev.chatwidget.core.port.out.Sleeper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several limiters, each with its own client and connection as separate instances would have, sharing one real
 * Redis: they hand out one schedule between them. Waits are recorded, not slept, so the schedule shows in them.
 */
class RedisRateLimiterTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    /**
     * 2 per second, paced: a permit every 500 ms, slots wide enough for a loaded machine (the time each step takes
     * is measured, and bounds the expected waits from below). A generous Redis timeout keeps the limiters shared.
     */
    private static final SharedRateLimit TWO_PER_SECOND = SharedRateLimit.DEFAULTS
            .withLimit(BurstLimit.of(2, Duration.ofSeconds(1))).withMargin(Duration.ZERO)
            .withRedisTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1));
    private static final long SLOT_MS = 500;

    private final Optional<LocationId> location = Optional.of(new LocationId("loc-" + UUID.randomUUID()));
    private final List<RedisClient> clients = new ArrayList<>();
    private final List<RedisRateLimiter> limiters = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper recording = duration -> {
        synchronized (sleeps) {
            sleeps.add(duration);
        }
    };

    @AfterEach
    void close() {
        limiters.forEach(RedisRateLimiter::close);
        clients.forEach(RedisClient::shutdown);
    }

    private RedisRateLimiter limiter(SharedRateLimit config, Sleeper sleeper) {
        RedisClient client = LimiterClients.create(RedisURI.create(REDIS.uri()), config);
        clients.add(client);
        RedisRateLimiter limiter = new RedisRateLimiter(client, config, Clock.systemUTC(), sleeper);
        limiters.add(limiter);
        return limiter;
    }

    private static Instant in(Duration wait) {
        return Instant.now().plus(wait);
    }

    private static long waitedMs(Permit permit) {
        return permit.waited().toMillis();
    }

    private static long msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000 + 1;
    }

    @Test
    void instances_take_turns_on_one_schedule() {
        List<RedisRateLimiter> fleet = List.of(limiter(TWO_PER_SECOND, recording), limiter(TWO_PER_SECOND, recording),
                limiter(TWO_PER_SECOND, recording));
        fleet.forEach(l -> l.acquire(Optional.of(new LocationId("warm-up")), in(Duration.ZERO)));
        long started = System.nanoTime();

        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waits.add(waitedMs(fleet.get(i % 3).acquire(location, in(Duration.ofSeconds(10))).get()));
        }
        long elapsedMs = msSince(started);

        for (int i = 0; i < waits.size(); i++) {
            // Slot i is due i * 500 ms after the first; time spent asking shortens the wait, never lengthens it.
            assertThat(waits.get(i)).as("wait of permit %d in %s", i, waits)
                    .isBetween(i * SLOT_MS - elapsedMs, i * SLOT_MS);
        }
        assertThat(fleet).noneMatch(RedisRateLimiter::isLocal);
    }

    @Test
    void a_permit_due_only_past_the_deadline_is_refused_and_reserves_nothing() {
        RedisRateLimiter first = limiter(TWO_PER_SECOND, recording);
        RedisRateLimiter second = limiter(TWO_PER_SECOND, recording);
        second.acquire(Optional.of(new LocationId("warm-up")), in(Duration.ZERO));
        long started = System.nanoTime();
        first.acquire(location, in(Duration.ofSeconds(1))).get();

        RateLimited refused = (RateLimited) second.acquire(location, in(Duration.ofMillis(20))).getLeft();
        long retryAfterMs = refused.retryAfter().get().toMillis();
        long waited = waitedMs(second.acquire(location, in(Duration.ofSeconds(5))).get());
        long elapsedMs = msSince(started);

        assertThat(refused.scope()).isEqualTo(RateLimited.Scope.BURST);
        assertThat(retryAfterMs).isBetween(SLOT_MS - elapsedMs, SLOT_MS);
        assertThat(refused.message()).contains("shared rate limit").contains(location.get().value());
        // The refusal took no slot: the permit after it is still the second one.
        assertThat(waited).isBetween(SLOT_MS - elapsedMs, SLOT_MS);
    }

    @Test
    void locations_and_calls_without_a_location_have_schedules_of_their_own() {
        RedisRateLimiter limiter = limiter(TWO_PER_SECOND, recording);
        Optional<LocationId> other = Optional.of(new LocationId("other-" + UUID.randomUUID()));

        assertThat(limiter.acquire(location, in(Duration.ZERO)).get()).isEqualTo(Permit.IMMEDIATE);
        assertThat(limiter.acquire(other, in(Duration.ZERO)).get()).isEqualTo(Permit.IMMEDIATE);
        assertThat(limiter.acquire(Optional.empty(), in(Duration.ofSeconds(1))).isRight()).isTrue();
        assertThat(limiter.acquire(location, in(Duration.ZERO)).isLeft()).isTrue();
    }

    @Test
    void a_burst_goes_at_once_and_then_the_schedule_paces() {
        // 3 at once out of 4 per second leave 2 slots for the rest of the second: one every 500 ms.
        SharedRateLimit bursty = TWO_PER_SECOND.withLimit(BurstLimit.of(4, Duration.ofSeconds(1))).withBurst(3);
        RedisRateLimiter a = limiter(bursty, recording);
        RedisRateLimiter b = limiter(bursty, recording);
        a.acquire(Optional.of(new LocationId("warm-up")), in(Duration.ZERO));
        long started = System.nanoTime();

        for (int i = 0; i < 3; i++) {
            assertThat((i % 2 == 0 ? a : b).acquire(location, in(Duration.ZERO)).get()).isEqualTo(Permit.IMMEDIATE);
        }
        long waited = waitedMs(b.acquire(location, in(Duration.ofSeconds(1))).get());

        assertThat(waited).isBetween(SLOT_MS - msSince(started), SLOT_MS);
    }

    @Test
    void a_report_of_nothing_remaining_delays_every_instance() {
        RedisRateLimiter reporter = limiter(TWO_PER_SECOND, recording);
        RedisRateLimiter other = limiter(TWO_PER_SECOND, recording);
        other.acquire(Optional.of(new LocationId("warm-up")), in(Duration.ZERO));
        long started = System.nanoTime();

        reporter.onRateLimits(location, new RateLimits(OptionalLong.of(2), OptionalLong.of(0),
                Optional.of(Duration.ofSeconds(1)), OptionalLong.empty(), OptionalLong.empty()));
        long waited = waitedMs(other.acquire(location, in(Duration.ofSeconds(1))).get());

        assertThat(waited).isBetween(SLOT_MS - msSince(started), SLOT_MS);
    }

    @Test
    void a_reported_lower_maximum_spaces_this_instances_permits_wider() {
        RedisRateLimiter limiter = limiter(TWO_PER_SECOND, recording);
        limiter.onRateLimits(location, new RateLimits(OptionalLong.of(1), OptionalLong.empty(),
                Optional.of(Duration.ofSeconds(1)), OptionalLong.empty(), OptionalLong.empty()));
        long started = System.nanoTime();

        limiter.acquire(location, in(Duration.ZERO)).get();
        long waited = waitedMs(limiter.acquire(location, in(Duration.ofSeconds(2))).get());

        assertThat(waited).isBetween(2 * SLOT_MS - msSince(started), 2 * SLOT_MS);
    }

    @Test
    void a_report_above_the_configuration_loosens_nothing() {
        RedisRateLimiter limiter = limiter(TWO_PER_SECOND, recording);
        limiter.onRateLimits(location, new RateLimits(OptionalLong.of(1000), OptionalLong.of(999),
                Optional.of(Duration.ofMillis(10)), OptionalLong.empty(), OptionalLong.empty()));
        long started = System.nanoTime();

        limiter.acquire(location, in(Duration.ZERO)).get();
        long waited = waitedMs(limiter.acquire(location, in(Duration.ofSeconds(1))).get());

        assertThat(waited).isBetween(SLOT_MS - msSince(started), SLOT_MS);
    }

    @Test
    void waiting_instances_share_the_rate_evenly() throws InterruptedException {
        SharedRateLimit fivePerSecond = TWO_PER_SECOND.withLimit(BurstLimit.of(5, Duration.ofSeconds(1)));
        int[] granted = new int[3];
        List<Thread> threads = new ArrayList<>();
        List<RedisRateLimiter> fleet = List.of(limiter(fivePerSecond, Sleeper.system()),
                limiter(fivePerSecond, Sleeper.system()), limiter(fivePerSecond, Sleeper.system()));
        fleet.forEach(l -> l.acquire(Optional.of(new LocationId("warm-up")), in(Duration.ZERO)));
        Instant end = Instant.now().plusMillis(3_000);
        for (int i = 0; i < granted.length; i++) {
            RedisRateLimiter limiter = fleet.get(i);
            int index = i;
            Thread thread = new Thread(() -> {
                while (limiter.acquire(location, end).isRight()) {
                    granted[index]++;
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        int total = granted[0] + granted[1] + granted[2];
        // 3 s at 5 per second, the first at once: 15 or 16 (one fewer if a slot fell due as a thread was late).
        assertThat(total).isBetween(14, 16);
        for (int count : granted) {
            assertThat(count).as("shares %d, %d, %d", granted[0], granted[1], granted[2]).isBetween(4, 6);
        }
    }
}
