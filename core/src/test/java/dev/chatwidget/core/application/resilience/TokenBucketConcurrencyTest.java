package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real threads against a frozen fake clock: whatever the interleaving, the bucket hands out no extra permits. */
class TokenBucketConcurrencyTest {

    private static final int THREADS = 8;
    private static final Optional<LocationId> LOCATION = Optional.of(Fixtures.LOCATION);

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final FakeClock clock = new FakeClock();

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs {@code perThread} acquisitions on every thread at once; returns every outcome. */
    private List<Either<ChatWidgetError, Permit>> race(int perThread,
                                                       Callable<Either<ChatWidgetError, Permit>> acquire)
            throws Exception {
        List<Callable<List<Either<ChatWidgetError, Permit>>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                List<Either<ChatWidgetError, Permit>> outcomes = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    outcomes.add(acquire.call());
                }
                return outcomes;
            });
        }
        List<Either<ChatWidgetError, Permit>> all = new ArrayList<>();
        for (Future<List<Either<ChatWidgetError, Permit>>> future : pool.invokeAll(tasks)) {
            all.addAll(future.get(30, TimeUnit.SECONDS));
        }
        return all;
    }

    @Test
    void many_threads_without_time_to_wait_get_exactly_the_capacity_between_them() throws Exception {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(clock, RecordingSleeper.frozen());
        Instant now = clock.instant();

        List<Either<ChatWidgetError, Permit>> outcomes = race(100, () -> limiter.acquire(LOCATION, now));

        assertThat(outcomes).filteredOn(Either::isRight).hasSize(100);
        assertThat(outcomes).filteredOn(Either::isLeft).hasSize(THREADS * 100 - 100);
    }

    @Test
    void many_waiting_threads_are_granted_no_more_than_capacity_plus_refill_in_any_window() throws Exception {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(clock, RecordingSleeper.frozen());
        Instant farAway = clock.instant().plus(Duration.ofHours(1));

        List<Either<ChatWidgetError, Permit>> outcomes = race(50, () -> limiter.acquire(LOCATION, farAway));

        // With time frozen, permit k is due at its wait: the first 100 at once, then one every 100 ms, no gaps.
        List<Long> waits = outcomes.stream().map(outcome -> outcome.get().waited().toMillis()).sorted().toList();
        List<Long> expected = LongStream.range(0, THREADS * 50L).map(k -> Math.max(0, k - 99) * 100).boxed()
                .toList();
        assertThat(waits).containsExactlyElementsOf(expected);
    }

    @Test
    void evicting_idle_buckets_while_threads_race_for_them_never_hands_out_a_second_bucketful() throws Exception {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(clock, RecordingSleeper.frozen());
        for (int phase = 0; phase < 20; phase++) {
            // Long enough for every bucket to be full, idle and due for a sweep when the race starts.
            clock.advance(TokenBucketRateLimiter.IDLE_EVICTION.plusSeconds(1));
            Instant now = clock.instant();

            List<Either<ChatWidgetError, Permit>> outcomes = race(40, () -> limiter.acquire(LOCATION, now));

            assertThat(outcomes).as("phase %d", phase).filteredOn(Either::isRight).hasSize(100);
        }
    }

    @Test
    void server_reports_racing_with_callers_never_loosen_the_bucket() throws Exception {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(clock, RecordingSleeper.frozen());
        Instant now = clock.instant();
        RateLimits tenLeft = new RateLimits(OptionalLong.of(100), OptionalLong.of(10), Optional.empty(),
                OptionalLong.empty(), OptionalLong.empty());
        limiter.onRateLimits(LOCATION, tenLeft);

        List<Either<ChatWidgetError, Permit>> outcomes = race(50, () -> {
            limiter.onRateLimits(LOCATION, tenLeft);
            return limiter.acquire(LOCATION, now);
        });

        assertThat(outcomes).filteredOn(Either::isRight).hasSize(10);
    }
}
