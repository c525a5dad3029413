package dev.chatwidget.core.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ServerError;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

class OAuthTokenProviderConcurrencyTest {

    static final int THREADS = 32;
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final LocationId LOC = LocationId.of("loc1");
    static final Optional<LocationId> AT_LOC = Optional.of(LOC);

    final List<String> events = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(T0);
    final RecordingStore store = new RecordingStore(events);
    final RotatingRefresher refresher = new RotatingRefresher("refresh-0", events);
    final CountDownLatch arrived = new CountDownLatch(THREADS);
    final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    OAuthTokenProvider provider;

    void start(Instant expiresAt) {
        store.save(LOC, new StoredTokens(new AccessToken("access-0"), new RefreshToken("refresh-0"), expiresAt));
        provider = OAuthTokenProvider.builder(refresher, ClientCredentials.of("id", "secret"), store, clock).build();
        // Hold the refresh until every caller has arrived, so they all find the token stale at the same time.
        refresher.beforeAnswer(() -> {
            try {
                arrived.await(5, TimeUnit.SECONDS);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    <T> List<T> together(Supplier<T> call) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                arrived.countDown();
                return call.get();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(10, TimeUnit.SECONDS));
        }
        return results;
    }

    @RepeatedTest(3)
    void concurrent_callers_with_an_expired_token_cause_exactly_one_refresh() throws Exception {
        start(T0);

        List<Either<ChatWidgetError, AccessToken>> results = together(() -> provider.token(AT_LOC));

        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(results).allSatisfy(r -> assertThat(r.get().reveal()).isEqualTo("access-1"));
        assertThat(events).containsOnlyOnce("save loc1 access-1 refresh-1");
    }

    @RepeatedTest(3)
    void concurrent_unauthorized_reports_for_the_same_token_refresh_once() throws Exception {
        start(T0.plus(Duration.ofHours(1)));
        AccessToken rejected = provider.token(AT_LOC).get();

        List<Boolean> retry = together(() -> provider.onUnauthorized(AT_LOC, rejected));

        assertThat(retry).containsOnly(true);
        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(provider.token(AT_LOC).get().reveal()).isEqualTo("access-1");
    }

    @RepeatedTest(3)
    void unauthorized_reported_while_a_refresh_is_in_flight_waits_for_it_instead_of_refreshing_again()
            throws Exception {
        start(T0);
        AccessToken old = new AccessToken("access-0");

        AtomicInteger turn = new AtomicInteger();

        List<Boolean> retry = together(() -> turn.getAndIncrement() % 2 == 0
                ? provider.onUnauthorized(AT_LOC, old)
                : provider.token(AT_LOC).isRight());

        assertThat(retry).containsOnly(true);
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @RepeatedTest(3)
    void a_failed_refresh_is_shared_by_the_callers_waiting_for_it() throws Exception {
        start(T0);
        refresher.failNext(new ServerError(502, "bad gateway", Optional.empty()));

        List<Either<ChatWidgetError, AccessToken>> results = together(() -> provider.token(AT_LOC));

        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(results).allSatisfy(r -> assertThat(r.getLeft()).isInstanceOf(ServerError.class));
        assertThat(provider.token(AT_LOC).get().reveal()).isEqualTo("access-1");
    }
}
