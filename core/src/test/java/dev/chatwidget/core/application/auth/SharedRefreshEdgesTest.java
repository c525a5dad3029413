package dev.chatwidget.core.application.auth;

import static dev.chatwidget.core.application.auth.SharedRefreshTest.AT_LOC;
import static dev.chatwidget.core.application.auth.SharedRefreshTest.CLIENT;
import static dev.chatwidget.core.application.auth.SharedRefreshTest.LOC;
import static dev.chatwidget.core.application.auth.SharedRefreshTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.Sleeper;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared refresh when waiting runs out, the store fails, the wait is interrupted or a refused token returns. */
class SharedRefreshEdgesTest {

    final MutableClock clock = new MutableClock(T0);
    final FaultyStore store = new FaultyStore();
    final RotatingRefresher refresher = new RotatingRefresher("refresh-0");
    final List<Duration> pauses = new ArrayList<>();
    final Sleeper counting = pause -> {
        pauses.add(pause);
        clock.advance(pause);
    };

    OAuthTokenProvider instance(Sleeper sleeper) {
        return OAuthTokenProvider.builder(refresher, CLIENT, store, clock)
                .leaseTimeout(Duration.ofSeconds(10)).leaseWait(Duration.ofMillis(100)).sleeper(sleeper).build();
    }

    void seed(String n, Instant expiresAt) {
        store.save(LOC, new StoredTokens(new AccessToken("access-" + n), new RefreshToken("refresh-" + n),
                expiresAt));
    }

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    @Test
    void a_waiting_instance_looks_once_per_poll_for_the_whole_lease_wait_and_then_gives_up() {
        seed("0", T0);
        store.tryLease(LOC, T0, Duration.ofMinutes(1));

        ChatWidgetError error = instance(counting).token(AT_LOC).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(error.message()).contains("saved none within 100 ms");
        assertThat(pauses).hasSize(5).containsOnly(SharedRefresh.POLL);
    }

    @Test
    void a_caller_that_can_wait_less_than_the_lease_wait_gives_up_at_its_own_bound() {
        seed("0", T0);
        store.tryLease(LOC, T0, Duration.ofMinutes(1));

        ChatWidgetError error = instance(counting).token(AT_LOC, Duration.ofMillis(40)).getLeft();

        assertThat(error).isInstanceOfSatisfying(TransportFailure.class,
                failure -> assertThat(failure.mayHaveReachedServer()).isFalse());
        assertThat(error.message()).contains("saved none within 40 ms");
        assertThat(pauses).hasSize(2).containsOnly(SharedRefresh.POLL);
    }

    @Test
    void a_caller_that_could_wait_longer_still_waits_only_the_lease_wait() {
        seed("0", T0);
        store.tryLease(LOC, T0, Duration.ofMinutes(1));

        ChatWidgetError error = instance(counting).token(AT_LOC, Duration.ofSeconds(30)).getLeft();

        assertThat(error.message()).contains("saved none within 100 ms");
        assertThat(pauses).hasSize(5);
    }

    @Test
    void a_caller_waiting_for_this_process_s_refresh_gives_up_at_its_bound_and_the_refresh_goes_on()
            throws Exception {
        seed("0", T0);
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        refresher.beforeAnswer(() -> {
            refreshing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        OAuthTokenProvider provider = instance(counting);
        ExecutorService leader = Executors.newSingleThreadExecutor();
        try {
            Future<Either<ChatWidgetError, AccessToken>> first = leader.submit(() -> provider.token(AT_LOC));
            assertThat(refreshing.await(10, TimeUnit.SECONDS)).as("the first caller is refreshing").isTrue();

            ChatWidgetError impatient = provider.token(AT_LOC, Duration.ofMillis(50)).getLeft();

            assertThat(impatient).isInstanceOfSatisfying(TransportFailure.class,
                    failure -> assertThat(failure.mayHaveReachedServer()).isFalse());
            assertThat(impatient.message()).contains("not ready within the 50 ms").doesNotContain("refresh-");
            assertThat(first.isDone()).as("the refresh goes on for its own caller").isFalse();
            release.countDown();
            AccessToken refreshed = first.get(10, TimeUnit.SECONDS).get();
            assertThat(provider.token(AT_LOC, Duration.ofMillis(50)).get()).isEqualTo(refreshed);
            assertThat(refresher.calls()).isEqualTo(1);
        } finally {
            release.countDown();
            leader.shutdownNow();
        }
    }

    @Test
    void a_refused_refresh_after_losing_the_lease_waits_the_lease_wait_for_a_save_then_asks_for_reauthorization() {
        seed("0", T0);
        refresher.failNext(Unauthorized.of("invalid_grant"));
        refresher.beforeAnswer(() -> {
            clock.advance(Duration.ofSeconds(11));
            store.tryLease(LOC, clock.instant(), Duration.ofSeconds(10)); // the next holder never saves
        });

        ChatWidgetError error = instance(counting).token(AT_LOC).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("re-authorization", "invalid_grant");
        assertThat(pauses).hasSize(5);
        assertThat(refresher.calls()).isEqualTo(1);
    }

    @Test
    void a_store_that_cannot_grant_leases_fails_the_call_with_its_error_and_no_refresh() {
        seed("0", T0);
        store.leaseDown = true;

        assertThat(instance(counting).token(AT_LOC).getLeft()).isSameAs(FaultyStore.DOWN);
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void a_store_unreadable_under_the_lease_fails_the_call_with_its_error_and_no_refresh() {
        seed("0", T0);
        store.readDown = true;

        assertThat(instance(counting).token(AT_LOC).getLeft()).isSameAs(FaultyStore.DOWN);
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void tokens_gone_from_the_store_under_the_lease_mean_the_app_is_not_installed() {
        seed("0", T0);
        store.readsNothing = true;

        ChatWidgetError error = instance(counting).token(AT_LOC).getLeft();

        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("no OAuth tokens are stored for location loc1");
        assertThat(refresher.calls()).isZero();
    }

    @Test
    void a_store_unreadable_after_a_refused_refresh_fails_the_call_with_its_error() {
        seed("0", T0);
        refresher.failNext(Unauthorized.of("invalid_grant"));
        refresher.beforeAnswer(() -> store.readDown = true);

        assertThat(instance(counting).token(AT_LOC).getLeft()).isSameAs(FaultyStore.DOWN);
    }

    @Test
    void an_interrupted_wait_ends_the_call_and_keeps_the_interrupt() {
        seed("0", T0);
        store.tryLease(LOC, T0, Duration.ofMinutes(1));
        Sleeper interrupted = pause -> {
            throw new InterruptedException();
        };

        ChatWidgetError error = instance(interrupted).token(AT_LOC).getLeft();

        assertThat(error).isInstanceOf(TransportFailure.class);
        assertThat(error.message()).contains("interrupted", "loc1");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void a_refused_refresh_token_that_comes_back_into_the_store_is_never_sent_again() {
        seed("0", T0);
        refresher.failNext(Unauthorized.of("invalid_grant"));
        OAuthTokenProvider provider = instance(counting);
        assertThat(provider.token(AT_LOC).getLeft()).isInstanceOf(Unauthorized.class);
        seed("reinstalled", T0.plus(Duration.ofHours(1)));
        assertThat(provider.token(AT_LOC).get().reveal()).isEqualTo("access-reinstalled");

        clock.advance(Duration.ofHours(1));
        seed("0", T0); // e.g. an old backup restored over the re-installed tokens

        ChatWidgetError error = provider.token(AT_LOC).getLeft();
        assertThat(error).isInstanceOf(Unauthorized.class);
        assertThat(error.message()).contains("re-authorization");
        assertThat(refresher.calls()).isEqualTo(1);
    }
}
