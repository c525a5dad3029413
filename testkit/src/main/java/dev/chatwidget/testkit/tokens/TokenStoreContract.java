package dev.chatwidget.testkit.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshLease;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.port.out.TokenStore;
import dev.chatwidget.core.domain.auth.VersionedTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TokenStore} shared by several instances of an app must do: versioned compare-and-set saves
 * and exclusive, expiring per-location refresh leases. A store's test implements {@link #store()}; each test uses
 * its own random location, so a store may keep data between tests (a real Redis or database does).
 */
public interface TokenStoreContract {

    /** How long the contract's short leases live; the expiry test waits a little longer than this. */
    Duration SHORT_LEASE = Duration.ofMillis(300);

    /** The store under test (the same or a new one on each call; they must share their data). */
    TokenStore store();

    @Test
    default void a_location_with_nothing_saved_loads_empty() {
        LocationId location = newLocation();

        assertThat(store().load(location).get()).isEmpty();
        assertThat(store().loadVersioned(location).get()).isEmpty();
    }

    @Test
    default void saved_tokens_load_back_and_every_save_raises_the_version() {
        LocationId location = newLocation();
        StoredTokens first = tokens("1");
        StoredTokens second = tokens("2");

        store().save(location, first);
        VersionedTokens v1 = store().loadVersioned(location).get().orElseThrow();
        store().save(location, second);
        VersionedTokens v2 = store().loadVersioned(location).get().orElseThrow();

        assertThat(v1.tokens()).isEqualTo(first);
        assertThat(v2.tokens()).isEqualTo(second);
        assertThat(store().load(location).get()).contains(second);
        assertThat(v2.version()).isGreaterThan(v1.version());
    }

    @Test
    default void a_versioned_save_replaces_only_the_version_it_names() {
        LocationId location = newLocation();
        store().save(location, tokens("1"));
        long seen = store().loadVersioned(location).get().orElseThrow().version();

        Optional<VersionedTokens> won = store().saveIfVersion(location, seen, tokens("2")).get();
        Optional<VersionedTokens> stale = store().saveIfVersion(location, seen, tokens("stale")).get();

        assertThat(won).map(VersionedTokens::tokens).contains(tokens("2"));
        assertThat(won.orElseThrow().version()).isGreaterThan(seen);
        assertThat(stale).isEmpty();
        assertThat(store().loadVersioned(location).get()).contains(won.orElseThrow());
    }

    @Test
    default void of_many_concurrent_saves_over_one_version_exactly_one_wins() throws Exception {
        LocationId location = newLocation();
        store().save(location, tokens("0"));
        long seen = store().loadVersioned(location).get().orElseThrow().version();

        List<Boolean> wins = concurrently(8, i -> store().saveIfVersion(location, seen, tokens("w" + i))
                .get().isPresent());

        assertThat(wins).containsOnlyOnce(true);
        String winner = "w" + wins.indexOf(true);
        assertThat(store().load(location).get()).contains(tokens(winner));
    }

    @Test
    default void a_lease_is_exclusive_until_its_holder_releases_it() {
        LocationId location = newLocation();

        Optional<RefreshLease> first = store().tryLease(location, Instant.now(), Duration.ofSeconds(30)).get();
        Optional<RefreshLease> second = store().tryLease(location, Instant.now(), Duration.ofSeconds(30)).get();
        boolean released = store().release(first.orElseThrow()).get();
        Optional<RefreshLease> third = store().tryLease(location, Instant.now(), Duration.ofSeconds(30)).get();

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(released).isTrue();
        assertThat(third).isPresent();
        assertThat(third.orElseThrow().holder()).isNotEqualTo(first.orElseThrow().holder());
        assertThat(store().tryLease(newLocation(), Instant.now(), Duration.ofSeconds(30)).get())
                .as("other location").isPresent();
    }

    @Test
    default void a_lease_runs_out_and_its_late_holder_cannot_release_the_next_one() throws InterruptedException {
        LocationId location = newLocation();
        RefreshLease late = store().tryLease(location, Instant.now(), SHORT_LEASE).get().orElseThrow();

        TimeUnit.MILLISECONDS.sleep(SHORT_LEASE.multipliedBy(2).toMillis());
        Optional<RefreshLease> next = store().tryLease(location, Instant.now(), Duration.ofSeconds(30)).get();
        boolean releasedByLate = store().release(late).get();

        assertThat(next).isPresent();
        assertThat(releasedByLate).isFalse();
        assertThat(store().tryLease(location, Instant.now(), Duration.ofSeconds(30)).get())
                .as("next still holds it").isEmpty();
    }

    @Test
    default void of_many_concurrent_lease_requests_exactly_one_is_granted() throws Exception {
        LocationId location = newLocation();

        List<Boolean> granted = concurrently(8, i -> store()
                .tryLease(location, Instant.now(), Duration.ofSeconds(30)).get().isPresent());

        assertThat(granted).containsOnlyOnce(true);
    }

    @Test
    default void its_description_shows_no_token() {
        LocationId location = newLocation();
        store().save(location, tokens("secret"));

        assertThat(store().toString()).doesNotContain("access-secret", "refresh-secret");
        assertThat(store().loadVersioned(location).get().orElseThrow().toString())
                .doesNotContain("access-secret", "refresh-secret");
    }

    /** A location no other test uses. */
    static LocationId newLocation() {
        return LocationId.of("contract-" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** Tokens whose values end in {@code suffix}. */
    static StoredTokens tokens(String suffix) {
        return new StoredTokens(new AccessToken("access-" + suffix), new RefreshToken("refresh-" + suffix),
                Instant.parse("2026-03-01T00:00:00Z"));
    }

    /** Runs {@code task(i)} for i in [0, n) on n threads released together; their answers in order of i. */
    private static <T> List<T> concurrently(int n, java.util.function.IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.apply(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
