package dev.chatwidget.core.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.port.out.Sleeper;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.port.out.TokenStore;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several instances (providers) sharing one store refresh once between them, by the store's lease. */
class SharedRefreshTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final LocationId LOC = LocationId.of("loc1");
    static final Optional<LocationId> AT_LOC = Optional.of(LOC);
    static final ClientCredentials CLIENT = ClientCredentials.of("client-id", "client-secret-xyz");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryTokenStore store = new InMemoryTokenStore();
    final RotatingRefresher refresher = new RotatingRefresher("refresh-0");
    /** Each pause of a waiting instance moves the clock on by the pause. */
    final Sleeper advancing = clock::advance;

    OAuthTokenProvider instance(Sleeper sleeper, Duration leaseWait) {
        return OAuthTokenProvider.builder(refresher, CLIENT, store, clock)
                .leaseTimeout(Duration.ofSeconds(10)).leaseWait(leaseWait).sleeper(sleeper).build();
    }

    OAuthTokenProvider instance() {
        return instance(advancing, Duration.ofSeconds(15));
    }

    void seed(Instant expiresAt) {
        store.save(LOC, new StoredTokens(new AccessToken("access-0"), new RefreshToken("refresh-0"), expiresAt));
    }

    static String token(Either<ChatWidgetError, AccessToken> result) {
        assertThat(result.isRight()).as("token result %s", result).isTrue();
        return result.get().reveal();
    }

    @Test
    void an_instance_whose_tokens_went_stale_uses_the_ones_another_instance_refreshed() {
        seed(T0.plus(Duration.ofHours(1)));
        OAuthTokenProvider a = instance();
        OAuthTokenProvider b = instance();
        assertThat(token(a.token(AT_LOC))).isEqualTo("access-0");
        assertThat(token(b.token(AT_LOC))).isEqualTo("access-0");

        clock.advance(Duration.ofMinutes(58));

        assertThat(token(a.token(AT_LOC))).isEqualTo("access-1");
        assertThat(token(b.token(AT_LOC))).isEqualTo("access-1");
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void while_another_instance_holds_the_lease_this_one_waits_and_uses_what_it_saves() {
        seed(T0);
        store.tryLease(LOC, clock.instant(), Duration.ofSeconds(10));
        long version = store.loadVersioned(LOC).get().orElseThrow().version();
        StoredTokens theirs = new StoredTokens(new AccessToken("access-theirs"), new RefreshToken("refresh-theirs"),
                T0.plus(Duration.ofHours(1)));
        List<Duration> pauses = new ArrayList<>();
        Sleeper holderSavesDuringThePause = pause -> {
            pauses.add(pause);
            store.saveIfVersion(LOC, version, theirs);
        };

        String got = token(instance(holderSavesDuringThePause, Duration.ofSeconds(5)).token(AT_LOC));

        assertThat(got).isEqualTo("access-theirs");
        assertThat(pauses).hasSize(1);
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void a_holder_that_died_loses_the_lease_after_its_timeout_and_a_waiting_instance_refreshes() {
        seed(T0);
        store.tryLease(LOC, clock.instant(), Duration.ofSeconds(10)); // its holder never comes back

        String got = token(instance().token(AT_LOC));

        assertThat(got).isEqualTo("access-1");
        assertThat(refresher.calls()).isEqualTo(1);
        assertThat(clock.instant()).isBetween(T0.plus(Duration.ofSeconds(10)), T0.plus(Duration.ofSeconds(11)));
    }

    @Test
    void waiting_longer_than_lease_wait_is_a_transport_failure_and_no_refresh() {
        seed(T0);
        store.tryLease(LOC, clock.instant(), Duration.ofMinutes(1));

        Either<ChatWidgetError, AccessToken> got = instance(advancing, Duration.ofSeconds(1)).token(AT_LOC);

        assertThat(got.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(got.getLeft().message()).contains("another instance", "loc1");
        assertThat(refresher.calls()).isZero();
        assertThat(clock.instant()).isBefore(T0.plus(Duration.ofSeconds(2)));
    }

    @Test
    void invalid_grant_after_another_instance_rotated_the_token_adopts_its_tokens_instead_of_reauthorizing() {
        seed(T0);
        StoredTokens rotated = new StoredTokens(new AccessToken("access-other"), new RefreshToken("refresh-other"),
                T0.plus(Duration.ofHours(1)));
        refresher.failNext(Unauthorized.of("invalid_grant"));
        // The other instance saved while this one's request was on its way (e.g. its lease had run out).
        refresher.beforeAnswer(() -> store.save(LOC, rotated));

        String got = token(instance().token(AT_LOC));

        assertThat(got).isEqualTo("access-other");
    }

    @Test
    void invalid_grant_after_this_instances_lease_ran_out_waits_for_the_next_holders_save() {
        seed(T0);
        StoredTokens rotated = new StoredTokens(new AccessToken("access-next"), new RefreshToken("refresh-next"),
                T0.plus(Duration.ofHours(1)));
        refresher.failNext(Unauthorized.of("invalid_grant"));
        // This refresh was so slow that the lease ran out and another instance took it and spent the token.
        refresher.beforeAnswer(() -> {
            clock.advance(Duration.ofSeconds(11));
            store.tryLease(LOC, clock.instant(), Duration.ofSeconds(10));
        });
        List<Duration> pauses = new ArrayList<>();
        Sleeper nextHolderSavesLater = pause -> {
            pauses.add(pause);
            if (pauses.size() == 3) {
                store.save(LOC, rotated);
            }
        };

        String got = token(instance(nextHolderSavesLater, Duration.ofSeconds(5)).token(AT_LOC));

        assertThat(got).isEqualTo("access-next");
        assertThat(pauses).hasSize(3);
    }

    @Test
    void invalid_grant_with_the_same_token_still_stored_means_reauthorization() {
        seed(T0);
        refresher.failNext(Unauthorized.of("invalid_grant"));

        ChatWidgetError error = instance().token(AT_LOC).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("re-authorization");
    }

    @Test
    void a_throwing_refresher_gives_the_caller_and_every_waiting_caller_a_typed_error() throws Exception {
        seed(T0);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        refresher.beforeAnswer(() -> {
            await(othersWaiting);
            throw new IllegalStateException("boom refresh-0");
        });
        OAuthTokenProvider provider = instance();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Either<ChatWidgetError, AccessToken>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> provider.token(AT_LOC)));
            }
            TimeUnit.MILLISECONDS.sleep(300); // let the other three join the flight
            othersWaiting.countDown();
            for (Future<Either<ChatWidgetError, AccessToken>> call : calls) {
                ChatWidgetError error = call.get(10, TimeUnit.SECONDS).getLeft();
                assertThat(error).isInstanceOf(TransportFailure.class);
                assertThat(error.message()).contains("IllegalStateException").doesNotContain("refresh-0");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_throwing_store_is_a_typed_error() {
        TokenStore throwing = new TokenStore() {
            @Override
            public Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location) {
                throw new IllegalStateException("store down");
            }

            @Override
            public Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens) {
                throw new IllegalStateException("store down");
            }
        };
        OAuthTokenProvider provider = OAuthTokenProvider.builder(refresher, CLIENT, throwing, clock).build();

        assertThat(provider.token(AT_LOC).getLeft()).isInstanceOf(TransportFailure.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
