package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.application.pipeline.CallPipeline;
import dev.chatwidget.core.application.pipeline.GatewayHandler;
import dev.chatwidget.core.application.pipeline.RateLimitStep;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The permit before every attempt, bounded by the attempt's deadline; the limits reported on the way back. */
class RateLimitStepTest {

    private final FakeClock clock = new FakeClock();
    private final ScriptedGateway scripted = new ScriptedGateway(clock);
    private final RecordingLimiter limiter = new RecordingLimiter();
    private final List<RateLimits> told = new ArrayList<>();
    private final CallPipeline gateway =
            Pipelines.limited(scripted, limiter, (location, limits) -> told.add(limits), clock);

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = "PUBLIC_CONFIG", mode = EnumSource.Mode.EXCLUDE)
    void every_request_takes_a_permit_for_its_location_before_it_is_sent(Operation operation) {
        Either<ChatWidgetError, ?> result = Fixtures.call(gateway, operation);

        assertThat(result.isRight()).isTrue();
        assertThat(limiter.requests()).extracting(RecordingLimiter.Request::location)
                .containsExactly(Optional.of(Fixtures.LOCATION));
        assertThat(scripted.calls(operation)).isEqualTo(1);
    }

    @Test
    void public_config_asks_for_a_permit_that_concerns_no_location() {
        Fixtures.call(gateway, Operation.PUBLIC_CONFIG);

        assertThat(limiter.requests()).extracting(RecordingLimiter.Request::location)
                .containsExactly(Optional.<LocationId>empty());
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void a_refused_permit_means_the_request_is_never_sent(Operation operation) {
        limiter.answering(Either.left(Errors.burst(Duration.ofSeconds(9))));

        Either<ChatWidgetError, ?> result = Fixtures.call(gateway, operation);

        assertThat(result.getLeft()).isEqualTo(Errors.burst(Duration.ofSeconds(9)));
        assertThat(scripted.calls()).isZero();
    }

    @Test
    void the_wait_for_a_permit_is_bounded_by_the_attempt_s_deadline() {
        Fixtures.call(gateway, Operation.GET);

        assertThat(limiter.requests()).extracting(RecordingLimiter.Request::deadline)
                .containsExactly(FakeClock.START.plus(RetryPolicy.DEFAULT_ATTEMPT_TIMEOUT));
    }

    @Test
    void the_time_waited_for_the_permit_is_in_the_context_of_the_attempt() {
        SeenContexts seen = new SeenContexts();
        limiter.answering(Either.right(new Permit(Duration.ofMillis(250))));
        CallPipeline pipeline = CallPipeline.builder(new GatewayHandler(scripted), clock)
                .perCall(List.of(seen))
                .rateLimit(new RateLimitStep(limiter, RateLimitListener.NONE))
                .perAttempt(List.of(seen)).build();

        Fixtures.call(pipeline, Operation.GET);

        assertThat(seen.contexts()).extracting(CallContext::rateLimitWait)
                .containsExactly(Duration.ZERO, Duration.ofMillis(250));
    }

    @Test
    void the_limits_the_service_reported_are_told_to_the_listener_on_the_way_back() {
        RateLimits limits = Fixtures.reported(100L, 42L, Duration.ofSeconds(10));
        CallPipeline pipeline = CallPipeline.builder(reporting(limits), clock)
                .rateLimit(new RateLimitStep(limiter, (location, reported) -> told.add(reported))).build();

        Either<ChatWidgetError, ?> result = Fixtures.call(pipeline, Operation.GET);

        assertThat(result.isRight()).isTrue();
        assertThat(told).containsExactly(limits);
    }

    @Test
    void a_result_without_reported_limits_tells_the_listener_nothing() {
        Fixtures.call(gateway, Operation.GET);

        assertThat(told).isEmpty();
    }

    @Test
    void a_listener_that_throws_does_not_change_the_outcome() {
        CallPipeline pipeline = CallPipeline.builder(reporting(RateLimits.NONE), clock)
                .rateLimit(new RateLimitStep(limiter, (location, reported) -> {
                    throw new IllegalStateException("listener bug");
                })).build();

        assertThat(Fixtures.call(pipeline, Operation.GET).isRight()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void a_limiter_that_throws_or_answers_nothing_fails_the_call_before_anything_is_sent(Operation operation) {
        for (RateLimiter broken : List.<RateLimiter>of((location, deadline) -> {
            throw new IllegalStateException("limiter bug");
        }, (location, deadline) -> null)) {
            Either<ChatWidgetError, ?> result = Fixtures.call(Pipelines.limited(scripted, broken,
                    RateLimitListener.NONE, clock), operation);

            assertThat(result.getLeft()).isInstanceOf(TransportFailure.class);
            assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isFalse();
            assertThat(result.getLeft().message()).contains("rate limiter").doesNotContain("limiter bug");
        }
        assertThat(scripted.calls()).isZero();
    }

    @Test
    void null_collaborators_are_rejected_naming_them() {
        assertThatThrownBy(() -> new RateLimitStep(null, RateLimitListener.NONE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("limiter");
        assertThatThrownBy(() -> new RateLimitStep(limiter, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
    }

    /** Answers from the script, with {@code limits} as the service's report. */
    private CallHandler reporting(RateLimits limits) {
        return new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                return new GatewayHandler(scripted).handle(call).withReportedLimits(limits);
            }
        };
    }
}
