package dev.chatwidget.benchmarks.observation;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.call.WidgetRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.micrometer.CallObservation;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the observation steps cost one call through a chain whose end answers at once: no steps, the per-call and
 * per-attempt steps on {@link ObservationRegistry#NOOP} (no registry bound: the claim is "no measurable cost"), and
 * the same steps recording timers into a {@link SimpleMeterRegistry}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ObservationStepBenchmark {

    private final Call<Page<WidgetSummary>> call = list();
    private final CallResult<Page<WidgetSummary>> answer =
            CallResult.success(new Page<WidgetSummary>(List.of(), 0, ListQuery.of(LocationId.of("loc-bench"))))
                    .withStatus(200);
    private final CallChain bare = chain(List.of());
    private final CallChain noop = chain(List.of(CallObservation.perCall(ObservationRegistry.NOOP, "apache"),
            CallObservation.perAttempt(ObservationRegistry.NOOP, "apache")));
    private final CallChain metered = chain(List.of(CallObservation.perCall(meteredRegistry(), "apache"),
            CallObservation.perAttempt(meteredRegistry(), "apache")));

    @Benchmark
    public CallResult<Page<WidgetSummary>> noSteps() {
        return bare.proceed(call);
    }

    @Benchmark
    public CallResult<Page<WidgetSummary>> observationStepsOnNoopRegistry() {
        return noop.proceed(call);
    }

    @Benchmark
    public CallResult<Page<WidgetSummary>> observationStepsRecordingTimers() {
        return metered.proceed(call);
    }

    private static Call<Page<WidgetSummary>> list() {
        WidgetRequest<Page<WidgetSummary>> request = new WidgetRequest.ListWidgets(
                ListQuery.of(LocationId.of("loc-bench")));
        return new Call<>(request, CallContext.start(request, Clock.systemUTC(), Duration.ofSeconds(30)));
    }

    private static ObservationRegistry meteredRegistry() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
        return registry;
    }

    /** The steps in order, then the end of the chain answering at once; built once, so a call allocates nothing. */
    private CallChain chain(List<CallStep> steps) {
        CallChain chain = new CallChain() {
            @Override
            @SuppressWarnings("unchecked")
            public <R> CallResult<R> proceed(Call<R> next) {
                return (CallResult<R>) answer;
            }
        };
        for (int i = steps.size() - 1; i >= 0; i--) {
            CallStep step = steps.get(i);
            CallChain rest = chain;
            chain = new CallChain() {
                @Override
                public <R> CallResult<R> proceed(Call<R> next) {
                    return step.handle(next, rest);
                }
            };
        }
        return chain;
    }
}
