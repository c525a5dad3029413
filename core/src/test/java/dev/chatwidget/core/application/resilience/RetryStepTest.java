package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.application.pipeline.RetryStep;
import dev.chatwidget.core.application.resilience.AttemptEvent.Decision;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.CallHandler;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the retry step waits, gives up, reports, re-sends after a credentials refresh and numbers attempts. */
class RetryStepTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);
    private final ScriptedGateway scripted = new ScriptedGateway(clock);
    private final List<AttemptEvent> events = new ArrayList<>();
    private final SeenContexts seen = new SeenContexts();

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    private CallPipeline retrying(RetryPolicy policy) {
        return Pipelines.retrying(scripted, policy, clock, sleeper, new SplittableRandom(7), events::add, seen);
    }

    private CallPipeline retrying() {
        return retrying(RetryPolicy.defaults());
    }

    @Test
    void burst_429_may_ask_for_a_wait_longer_than_the_backoff_cap() {
        scripted.failing(Operation.GET, Errors.burst(Duration.ofSeconds(12)));

        Fixtures.call(retrying(), Operation.GET);

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void burst_429_without_retry_after_falls_back_to_the_jittered_backoff() {
        scripted.failing(Operation.CREATE, Errors.burstWithoutRetryAfter(), Errors.burstWithoutRetryAfter());

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), Operation.CREATE);

        assertThat(result.isRight()).isTrue();
        assertThat(sleeper.sleeps()).hasSize(2);
        assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
        assertThat(sleeper.sleeps().get(1)).isBetween(Duration.ZERO, Duration.ofSeconds(1));
    }

    @Test
    void negative_retry_after_is_taken_as_no_wait() {
        scripted.failing(Operation.GET, Errors.burst(Duration.ofSeconds(-3)));

        Fixtures.call(retrying(), Operation.GET);

        assertThat(sleeper.sleeps()).containsExactly(Duration.ZERO);
    }

    @Test
    void gives_up_after_max_attempts_and_returns_the_last_failure() {
        scripted.failing(Operation.LIST, Errors.server(503), Errors.server(502), Errors.server(500),
                Errors.server(504));

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), Operation.LIST);

        assertThat(result.getLeft()).isEqualTo(Errors.server(500));
        assertThat(scripted.calls(Operation.LIST)).isEqualTo(3);
        assertThat(sleeper.sleeps()).hasSize(2);
        assertThat(events.get(2).decision()).isEqualTo(Decision.ATTEMPTS_EXHAUSTED);
    }

    @Test
    void retry_policy_none_makes_exactly_one_attempt() {
        scripted.failing(Operation.GET, Errors.server(503));

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(RetryPolicy.none()), Operation.GET);

        assertThat(result.getLeft()).isEqualTo(Errors.server(503));
        assertThat(scripted.calls()).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void returns_the_last_failure_at_once_when_the_server_asks_for_a_wait_past_the_deadline() {
        scripted.failing(Operation.GET, Errors.burst(Duration.ofSeconds(31)));

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), Operation.GET);

        assertThat(result.getLeft()).isEqualTo(Errors.burst(Duration.ofSeconds(31)));
        assertThat(sleeper.sleeps()).isEmpty();
        assertThat(events).singleElement().extracting(AttemptEvent::decision)
                .isEqualTo(Decision.DEADLINE_WOULD_PASS);
    }

    @Test
    void a_retry_after_too_large_to_add_to_a_date_is_not_waited_for() {
        scripted.failing(Operation.GET, Errors.burst(Duration.ofSeconds(Long.MAX_VALUE)));

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), Operation.GET);

        assertThat(result.isLeft()).isTrue();
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void a_call_timeout_too_large_to_add_to_a_date_means_no_deadline() {
        scripted.failing(Operation.GET, Errors.burst(Duration.ofDays(365)));

        Either<ChatWidgetError, ?> result = Fixtures.call(
                retrying(RetryPolicy.defaults().withCallTimeout(Duration.ofSeconds(Long.MAX_VALUE))), Operation.GET);

        assertThat(result.isRight()).isTrue();
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofDays(365));
    }

    @Test
    void a_wait_ending_exactly_at_the_deadline_is_still_taken() {
        scripted.failing(Operation.GET, Errors.burst(Duration.ofSeconds(30)));

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), Operation.GET);

        assertThat(result.isRight()).isTrue();
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void time_spent_in_slow_attempts_counts_against_the_deadline() {
        scripted.taking(Duration.ofSeconds(14))
                .failing(Operation.GET, Errors.burst(Duration.ofSeconds(2)), Errors.burst(Duration.ofSeconds(2)));

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), Operation.GET);

        // attempt 1 ends at 14 s, waits 2 s, attempt 2 ends at 30 s: another 2 s wait would end past 30 s
        assertThat(result.getLeft()).isEqualTo(Errors.burst(Duration.ofSeconds(2)));
        assertThat(scripted.calls()).isEqualTo(2);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(events.get(1).decision()).isEqualTo(Decision.DEADLINE_WOULD_PASS);
    }

    @Test
    void listener_sees_every_attempt_numbered_from_one_with_its_outcome_and_the_next_wait() {
        scripted.failing(Operation.PATCH, Errors.burst(Duration.ofSeconds(1)), Errors.server(503));

        Fixtures.call(retrying(), Operation.PATCH);

        assertThat(events).extracting(AttemptEvent::operation).containsOnly(Operation.PATCH);
        assertThat(events).extracting(AttemptEvent::attempt).containsExactly(1, 2, 3);
        assertThat(events).extracting(AttemptEvent::decision)
                .containsExactly(Decision.RETRY, Decision.RETRY, Decision.SUCCEEDED);
        assertThat(events.get(0).error()).contains(Errors.burst(Duration.ofSeconds(1)));
        assertThat(events.get(0).nextDelay()).contains(Duration.ofSeconds(1));
        assertThat(events.get(1).error()).contains(Errors.server(503));
        assertThat(events.get(1).nextDelay()).contains(sleeper.sleeps().get(1));
        assertThat(events.get(2).error()).isEmpty();
        assertThat(events.get(2).nextDelay()).isEmpty();
        assertThat(events).extracting(AttemptEvent::willRetry).containsExactly(true, true, false);
        assertThat(events).extracting(AttemptEvent::succeeded).containsExactly(false, false, true);
    }

    @Test
    void listener_hears_once_about_a_first_attempt_that_succeeds() {
        Fixtures.call(retrying(), Operation.DELETE);

        assertThat(events).containsExactly(AttemptEvent.succeeded(Operation.DELETE, 1));
    }

    @Test
    void an_interrupted_wait_ends_the_call_with_a_transport_failure_and_keeps_the_interrupt_flag() {
        RecordingSleeper interrupting = RecordingSleeper.advancing(clock).interruptedAtSleep(1);
        CallPipeline gateway = Pipelines.retrying(scripted, RetryPolicy.defaults(), clock, interrupting,
                new SplittableRandom(1), events::add);
        scripted.failing(Operation.GET, Errors.server(503));

        Either<ChatWidgetError, ?> result = Fixtures.call(gateway, Operation.GET);

        assertThat(result.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isTrue();
        assertThat(result.getLeft().traceId()).contains("trace-503");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(scripted.calls()).isEqualTo(1);
    }

    @Test
    void an_interrupted_wait_after_unsent_create_attempts_says_nothing_reached_the_server() {
        RecordingSleeper interrupting = RecordingSleeper.advancing(clock).interruptedAtSleep(2);
        CallPipeline gateway = Pipelines.retrying(scripted, RetryPolicy.defaults(), clock, interrupting,
                new SplittableRandom(1), events::add);
        scripted.failing(Operation.CREATE, Errors.neverSent(), Errors.neverSent());

        Either<ChatWidgetError, ?> result = Fixtures.call(gateway, Operation.CREATE);

        assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isFalse();
        assertThat(scripted.calls()).isEqualTo(2);
    }

    @Test
    void an_interrupted_thread_is_not_retried() {
        scripted.failing(Operation.GET, Errors.server(503));
        Thread.currentThread().interrupt();

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), Operation.GET);

        assertThat(result.getLeft()).isEqualTo(Errors.server(503));
        assertThat(sleeper.sleeps()).isEmpty();
        assertThat(events).singleElement().extracting(AttemptEvent::decision).isEqualTo(Decision.INTERRUPTED);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void every_attempt_carries_its_number_and_the_one_call_deadline_in_its_context() {
        scripted.failing(Operation.GET, Errors.server(503), Errors.server(503));

        Fixtures.call(retrying(), Operation.GET);

        assertThat(seen.contexts()).extracting(CallContext::attempt).containsExactly(1, 2, 3);
        assertThat(seen.contexts()).extracting(CallContext::callDeadline)
                .containsOnly(FakeClock.START.plusSeconds(30));
        assertThat(seen.contexts()).extracting(CallContext::operation).containsOnly(Operation.GET);
    }

    @Test
    void each_attempt_s_deadline_is_the_attempt_timeout_from_its_start_never_past_the_call_s() {
        scripted.taking(Duration.ofSeconds(4)).failing(Operation.LIST, Errors.burst(Duration.ofSeconds(7)),
                Errors.burst(Duration.ofSeconds(7)));
        RetryPolicy policy = RetryPolicy.builder().callTimeout(Duration.ofSeconds(20))
                .attemptTimeout(Duration.ofSeconds(10)).build();

        Fixtures.call(retrying(policy), Operation.LIST);

        // attempt 1 starts at 0 s; attempt 2 at 4 + 7 = 11 s, its 21 s cut to the call's 20 s; no time for a third
        assertThat(seen.contexts()).extracting(CallContext::attemptDeadline).containsExactly(
                FakeClock.START.plusSeconds(10), FakeClock.START.plusSeconds(20));
        assertThat(events.get(1).decision()).isEqualTo(Decision.DEADLINE_WOULD_PASS);
    }

    @Test
    void a_fresh_first_attempt_goes_on_as_the_call_started_and_any_other_gets_the_attempt_timeout_from_now() {
        RetryStep step = new RetryStep(RetryPolicy.builder().callTimeout(Duration.ofSeconds(20))
                .attemptTimeout(Duration.ofSeconds(10)).build(), sleeper, new SplittableRandom(7), events::add);
        List<Call<?>> passed = new ArrayList<>();
        CallChain next = new CallChain() {
            @Override
            public <R> CallResult<R> proceed(Call<R> call) {
                passed.add(call);
                return CallResult.failure(NotFound.of("no such widget"));
            }
        };
        WidgetRequest.GetWidget get = new WidgetRequest.GetWidget(LocationId.of("loc"), WidgetId.of("w1"));
        Call<ChatWidget> fresh = new Call<>(get, CallContext.start(get, clock, Duration.ofSeconds(20),
                Duration.ofSeconds(3)));
        clock.advance(Duration.ofSeconds(1));

        step.handle(fresh, next);
        // Nothing copied: the deadline is the one the pipeline started the attempt with.
        assertThat(passed.get(0)).isSameAs(fresh);

        // A context an outer step has already changed is not a fresh first attempt: it gets its own deadline.
        Call<ChatWidget> waited = fresh.withContext(fresh.context().withRateLimitWait(Duration.ofMillis(5)));
        Call<ChatWidget> withToken = fresh.withContext(fresh.context().withCredentials(new AccessToken("t")));
        Call<ChatWidget> second = fresh.withContext(fresh.context().withAttempt(2, FakeClock.START.plusSeconds(3)));
        for (Call<ChatWidget> call : List.of(waited, withToken, second)) {
            passed.clear();
            step.handle(call, next);
            CallContext context = passed.get(0).context();
            assertThat(passed.get(0)).isNotSameAs(call);
            assertThat(context.attempt()).isEqualTo(1);
            assertThat(context.attemptDeadline()).isEqualTo(FakeClock.START.plusSeconds(11));
            assertThat(context.rateLimitWait()).isZero();
            assertThat(context.credentials()).isEmpty();
        }
    }

    @Test
    void after_a_credentials_refresh_the_same_request_is_sent_again_at_once_as_an_attempt_listeners_see() {
        CallPipeline pipeline = CallPipeline.builder(refreshingOnce(), clock)
                .retry(new RetryStep(RetryPolicy.none(), sleeper, new SplittableRandom(1), events::add))
                .perAttempt(List.of(seen)).build();

        Either<ChatWidgetError, ?> result = Fixtures.call(pipeline, Operation.CREATE);

        assertThat(result.isRight()).isTrue();
        assertThat(sleeper.sleeps()).isEmpty();
        assertThat(seen.contexts()).extracting(CallContext::attempt).containsExactly(1, 2);
        assertThat(events).extracting(AttemptEvent::decision).containsExactly(Decision.RETRY, Decision.SUCCEEDED);
        assertThat(events.get(0).nextDelay()).contains(Duration.ZERO);
        assertThat(events.get(0).error()).containsInstanceOf(Unauthorized.class);
    }

    @Test
    void the_re_send_after_a_refresh_happens_once_per_call_and_is_not_counted_against_the_policy() {
        CallHandler alwaysRefreshing = new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                return CallResult.<R>failure(Unauthorized.of("token rejected")).withStatus(401)
                        .withCredentialsRefreshed();
            }
        };
        CallPipeline pipeline = CallPipeline.builder(alwaysRefreshing, clock)
                .retry(new RetryStep(RetryPolicy.none(), sleeper, new SplittableRandom(1), events::add))
                .perAttempt(List.of(seen)).build();

        Either<ChatWidgetError, ?> result = Fixtures.call(pipeline, Operation.GET);

        assertThat(result.getLeft()).isInstanceOf(Unauthorized.class);
        assertThat(seen.contexts()).hasSize(2);
        assertThat(events).extracting(AttemptEvent::decision)
                .containsExactly(Decision.RETRY, Decision.NOT_RETRYABLE);
    }

    @Test
    void a_retry_after_a_refresh_re_send_backs_off_as_the_policy_s_first_retry() {
        AtomicInteger attempts = new AtomicInteger();
        CallHandler handler = new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                int n = attempts.incrementAndGet();
                return n == 1 ? CallResult.<R>failure(Unauthorized.of("expired")).withCredentialsRefreshed()
                        : n == 2 ? CallResult.failure(Errors.server(503))
                        : new GatewayHandler(scripted).handle(call);
            }
        };
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(2);
        CallPipeline pipeline = CallPipeline.builder(handler, clock)
                .retry(new RetryStep(policy, sleeper, new SplittableRandom(5), events::add)).build();

        Either<ChatWidgetError, ?> result = Fixtures.call(pipeline, Operation.GET);

        // Three attempts where the policy allows two: the re-send after the refresh was not one of them.
        assertThat(result.isRight()).isTrue();
        assertThat(attempts).hasValue(3);
        assertThat(sleeper.sleeps()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(500)));
    }

    @Test
    void a_listener_that_throws_is_ignored_and_the_call_goes_on() {
        scripted.failing(Operation.GET, Errors.server(503));
        CallPipeline pipeline = Pipelines.retrying(scripted, RetryPolicy.defaults(), clock, sleeper,
                new SplittableRandom(1), event -> {
                    throw new IllegalStateException("listener bug");
                });

        Either<ChatWidgetError, ?> result = Fixtures.call(pipeline, Operation.GET);

        assertThat(result.isRight()).isTrue();
        assertThat(scripted.calls()).isEqualTo(2);
    }

    @Test
    void a_sleeper_that_throws_ends_the_call_with_a_transport_failure_that_keeps_the_trace_id() {
        scripted.failing(Operation.CREATE, Errors.neverSent(), Errors.neverSent());
        CallPipeline pipeline = Pipelines.retrying(scripted, RetryPolicy.defaults(), clock, duration -> {
            throw new IllegalStateException("sleeper bug");
        }, new SplittableRandom(1), events::add);

        Either<ChatWidgetError, ?> result = Fixtures.call(pipeline, Operation.CREATE);

        assertThat(result.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isFalse();
        assertThat(result.getLeft().message()).contains("IllegalStateException").doesNotContain("sleeper bug");
        assertThat(scripted.calls()).isEqualTo(1);
    }

    /** Fails the first attempt with a 401 after which it refreshed the credentials; then answers from the script. */
    private CallHandler refreshingOnce() {
        AtomicInteger attempts = new AtomicInteger();
        return new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                if (attempts.incrementAndGet() == 1) {
                    return CallResult.<R>failure(Unauthorized.of("token expired")).withStatus(401)
                            .withCredentialsRefreshed();
                }
                return new GatewayHandler(scripted).handle(call);
            }
        };
    }
}
