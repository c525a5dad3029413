package dev.chatwidget.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** With micrometer-tracing, the same observations are spans: each attempt a child of its call. */
class TracingTest {

    @Test
    void a_call_with_a_retry_is_one_span_with_two_child_spans() {
        SimpleTracer tracer = new SimpleTracer();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));

        Chains.run(List.of(CallObservation.perCall(registry, "apache"), Chains.sendTwice(),
                CallObservation.perAttempt(registry, "apache")), Chains.list(), call -> Chains.ok());

        Map<String, List<SimpleSpan>> byName = tracer.getSpans().stream()
                .collect(Collectors.groupingBy(SimpleSpan::getName));
        SimpleSpan callSpan = byName.get("chatwidget.call list").get(0);
        assertThat(byName.get("chatwidget.attempt list")).hasSize(2)
                .allSatisfy(attempt -> {
                    assertThat(attempt.getParentId()).isEqualTo(callSpan.getSpanId());
                    assertThat(attempt.getTraceId()).isEqualTo(callSpan.getTraceId());
                });
        assertThat(callSpan.getTags()).containsEntry("operation", "list").containsEntry("outcome", "success")
                .doesNotContainKey("location");
    }
}
