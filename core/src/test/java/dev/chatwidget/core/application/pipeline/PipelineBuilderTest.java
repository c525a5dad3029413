package dev.chatwidget.core.application.pipeline;

import static dev.chatwidget.core.application.pipeline.CallPipelineTest.CLOCK;
import static dev.chatwidget.core.application.pipeline.CallPipelineTest.GET;
import static dev.chatwidget.core.application.pipeline.CallPipelineTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.CallHandler;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one order of the chain, and the timeouts it takes from the retry policy. */
class PipelineBuilderTest {

    private final List<CallContext> handled = new ArrayList<>();
    private final CallHandler handler = new CallHandler() {
        @Override
        public <R> CallResult<R> handle(Call<R> call) {
            handled.add(call.context());
            return CallResult.failure(NotFound.of("no such widget"));
        }
    };

    @Test
    void steps_come_in_the_one_order_whatever_order_they_are_given_in() {
        RetryStep retry = new RetryStep(RetryPolicy.none(), duration -> { }, new SplittableRandom(1),
                RetryListener.NONE);
        RateLimitStep rateLimit = new RateLimitStep(RateLimiter.unlimited(), RateLimitListener.NONE);
        CallStep perCall = CallPipelineTest.step(new CallPipelineTest.StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, dev.chatwidget.core.call.CallChain next) {
                return next.proceed(call);
            }
        });
        CallStep perAttempt = CallPipelineTest.step(new CallPipelineTest.StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, dev.chatwidget.core.call.CallChain next) {
                return next.proceed(call);
            }
        });

        CallPipeline pipeline = CallPipeline.builder(handler, CLOCK).perAttempt(List.of(perAttempt))
                .rateLimit(rateLimit).retry(retry).perCall(List.of(perCall)).build();

        assertThat(pipeline.steps()).containsExactly(perCall, retry, rateLimit, perAttempt);
        assertThat(retry.policy()).isEqualTo(RetryPolicy.none());
    }

    @Test
    void the_timeouts_are_the_retry_policy_s_or_the_defaults_without_a_retry_step() {
        RetryPolicy policy = RetryPolicy.defaults().toBuilder().callTimeout(Duration.ofSeconds(12))
                .attemptTimeout(Duration.ofSeconds(4)).build();

        CallPipeline.builder(handler, CLOCK).retry(new RetryStep(policy, duration -> { }, new SplittableRandom(1),
                RetryListener.NONE)).build().execute(GET);
        CallPipeline.builder(handler, CLOCK).build().execute(GET);

        assertThat(handled).extracting(CallContext::callDeadline)
                .containsExactly(NOW.plusSeconds(12), NOW.plus(RetryPolicy.DEFAULT_CALL_TIMEOUT));
        assertThat(handled).extracting(CallContext::attemptDeadline)
                .containsExactly(NOW.plusSeconds(4), NOW.plus(RetryPolicy.DEFAULT_ATTEMPT_TIMEOUT));
    }

    @Test
    void the_builder_and_the_steps_reject_missing_parts_naming_them() {
        assertThatThrownBy(() -> CallPipeline.builder(null, CLOCK)).hasMessageContaining("handler");
        assertThatThrownBy(() -> CallPipeline.builder(handler, null)).hasMessageContaining("clock");
        assertThatThrownBy(() -> new RetryStep(null, d -> { }, new SplittableRandom(1), RetryListener.NONE))
                .hasMessageContaining("policy");
        assertThatThrownBy(() -> new RetryStep(RetryPolicy.none(), null, new SplittableRandom(1), RetryListener.NONE))
                .hasMessageContaining("sleeper");
        assertThatThrownBy(() -> new RetryStep(RetryPolicy.none(), d -> { }, null, RetryListener.NONE))
                .hasMessageContaining("random");
        assertThatThrownBy(() -> new RetryStep(RetryPolicy.none(), d -> { }, new SplittableRandom(1), null))
                .hasMessageContaining("listener");
        assertThatThrownBy(() -> new GatewayHandler(null)).hasMessageContaining("gateway");
    }

    @Test
    void a_gateway_that_answers_nothing_is_a_typed_error_at_the_boundary() {
        ChatWidgetGateway silent = (ChatWidgetGateway) java.lang.reflect.Proxy.newProxyInstance(
                ChatWidgetGateway.class.getClassLoader(), new Class<?>[] {ChatWidgetGateway.class},
                (proxy, method, args) -> null);
        GatewayHandler gatewayHandler = new GatewayHandler(silent);

        var result = CallPipeline.builder(gatewayHandler, CLOCK).build().execute(GET);

        assertThat(gatewayHandler.gateway()).isSameAs(silent);
        assertThat(result.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isTrue();
    }
}
