package dev.chatwidget.core.application.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.call.WidgetRequest.GetPublicConfig;
import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.CallHandler;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The chain's order, the context it starts, and the boundary: nothing thrown below gets out. */
class CallPipelineTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocationId LOCATION = LocationId.of("loc-1");
    static final GetWidget GET = new GetWidget(LOCATION, WidgetId.of("w1"));
    static final CallTimeouts TIMEOUTS = new CallTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(5));

    private final List<Call<?>> handled = new ArrayList<>();

    /** Answers 404, recording the call it was given. */
    private final CallHandler notFound = new CallHandler() {
        @Override
        public <R> CallResult<R> handle(Call<R> call) {
            handled.add(call);
            return CallResult.failure(NotFound.of("no such widget"));
        }
    };

    private static CallHandler throwing(RuntimeException e) {
        return new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                throw e;
            }
        };
    }

    static CallStep step(StepBody body) {
        return new CallStep() {
            @Override
            public <R> CallResult<R> handle(Call<R> call, CallChain next) {
                return body.around(call, next);
            }
        };
    }

    /** A step's body, written once for every result type. */
    interface StepBody {
        <R> CallResult<R> around(Call<R> call, CallChain next);
    }

    @Test
    void the_first_context_has_attempt_one_both_deadlines_and_what_the_request_concerns() {
        new CallPipeline(List.of(), notFound, CLOCK, TIMEOUTS).execute(GET);

        CallContext context = handled.get(0).context();
        assertThat(context.operation()).isEqualTo(Operation.GET);
        assertThat(context.location()).contains(LOCATION);
        assertThat(context.attempt()).isEqualTo(1);
        assertThat(context.callDeadline()).isEqualTo(NOW.plusSeconds(20));
        assertThat(context.attemptDeadline()).isEqualTo(NOW.plusSeconds(5));
        assertThat(context.rateLimitWait()).isZero();
        assertThat(context.clock()).isSameAs(CLOCK);
        assertThat(handled.get(0).request()).isSameAs(GET);
    }

    @Test
    void steps_run_in_list_order_and_each_passes_on_the_context_it_chose() {
        List<String> order = new ArrayList<>();
        CallStep outer = step(new StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, CallChain next) {
                order.add("outer");
                return next.proceed(call.withContext(call.context().withRateLimitWait(Duration.ofMillis(7))));
            }
        });
        CallStep inner = step(new StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, CallChain next) {
                order.add("inner saw " + call.context().rateLimitWait().toMillis() + " ms");
                return next.proceed(call);
            }
        });

        Either<ChatWidgetError, ?> result = new CallPipeline(List.of(outer, inner), notFound, CLOCK, TIMEOUTS)
                .execute(GET);

        assertThat(order).containsExactly("outer", "inner saw 7 ms");
        assertThat(handled.get(0).context().rateLimitWait()).isEqualTo(Duration.ofMillis(7));
        assertThat(result.getLeft()).isInstanceOf(NotFound.class);
    }

    @Test
    void a_step_may_answer_without_proceeding() {
        CallStep shortCircuit = step(new StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, CallChain next) {
                return CallResult.failure(NotFound.of("answered by the step"));
            }
        });

        var result = new CallPipeline(List.of(shortCircuit), notFound, CLOCK, TIMEOUTS).execute(GET);

        assertThat(result.getLeft().message()).isEqualTo("answered by the step");
        assertThat(handled).isEmpty();
    }

    @Test
    void a_handler_that_throws_becomes_a_transport_failure_that_may_have_reached_the_server() {
        var result = new CallPipeline(List.of(), throwing(new IllegalStateException("Connection pool shut down")),
                CLOCK, TIMEOUTS).execute(GET);

        TransportFailure failure = (TransportFailure) result.getLeft();
        assertThat(failure.mayHaveReachedServer()).isTrue();
        assertThat(failure.message()).contains("java.lang.IllegalStateException")
                .doesNotContain("Connection pool shut down");
    }

    @Test
    void a_step_that_throws_before_the_handler_becomes_a_failure_that_never_reached_the_server() {
        CallStep broken = step(new StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, CallChain next) {
                throw new UnsupportedOperationException("token=s3cret");
            }
        });

        var result = new CallPipeline(List.of(broken), notFound, CLOCK, TIMEOUTS).execute(GET);

        TransportFailure failure = (TransportFailure) result.getLeft();
        assertThat(failure.mayHaveReachedServer()).isFalse();
        assertThat(failure.message()).doesNotContain("s3cret");
        assertThat(handled).isEmpty();
    }

    @Test
    void a_step_that_throws_after_the_handler_answered_says_the_request_may_have_reached_the_server() {
        CallStep brokenOnTheWayBack = step(new StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, CallChain next) {
                next.proceed(call);
                throw new IllegalStateException("bug on the way back");
            }
        });

        var result = new CallPipeline(List.of(brokenOnTheWayBack), notFound, CLOCK, TIMEOUTS).execute(GET);

        assertThat(((TransportFailure) result.getLeft()).mayHaveReachedServer()).isTrue();
    }

    @Test
    void a_step_or_handler_that_answers_nothing_becomes_a_transport_failure() {
        CallHandler silent = new CallHandler() {
            @Override
            public <R> CallResult<R> handle(Call<R> call) {
                return null;
            }
        };

        var result = new CallPipeline(List.of(), silent, CLOCK, TIMEOUTS).execute(GET);

        assertThat(result.getLeft()).isInstanceOf(TransportFailure.class);
        assertThat(result.getLeft().message()).contains("no result");
    }

    @Test
    void a_call_that_concerns_no_location_says_so_in_its_context() {
        new CallPipeline(List.of(), notFound, CLOCK, TIMEOUTS).execute(new GetPublicConfig(WidgetId.of("w1"),
                OptionalInt.empty()));

        assertThat(handled.get(0).context().location()).isEqualTo(Optional.empty());
        assertThat(handled.get(0).context().operation()).isEqualTo(Operation.PUBLIC_CONFIG);
    }

    @Test
    void the_pipeline_keeps_its_own_copy_of_the_steps_and_rejects_missing_parts() {
        List<CallStep> steps = new ArrayList<>();
        CallPipeline pipeline = new CallPipeline(steps, notFound, CLOCK, TIMEOUTS);
        steps.add(step(new StepBody() {
            @Override
            public <R> CallResult<R> around(Call<R> call, CallChain next) {
                return next.proceed(call);
            }
        }));

        assertThat(pipeline.steps()).isEmpty();
        assertThatThrownBy(() -> new CallPipeline(List.of(), null, CLOCK, TIMEOUTS)).hasMessageContaining("handler");
        assertThatThrownBy(() -> new CallPipeline(List.of(), notFound, null, TIMEOUTS)).hasMessageContaining("clock");
        assertThatThrownBy(() -> new CallPipeline(List.of(), notFound, CLOCK, null)).hasMessageContaining("timeouts");
        assertThatThrownBy(() -> pipeline.execute(null)).hasMessageContaining("request");
    }
}
