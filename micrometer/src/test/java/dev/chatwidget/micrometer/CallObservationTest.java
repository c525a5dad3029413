package dev.chatwidget.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.CallResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One observation per call, one per attempt, tagged with what an operator can aggregate by. */
class CallObservationTest {

    private final TestObservationRegistry registry = TestObservationRegistry.create();

    @Test
    void a_successful_call_is_one_observation_tagged_by_operation_adapter_outcome_and_status_class() {
        Chains.run(List.of(CallObservation.perCall(registry, "apache")), Chains.list(),
                call -> Chains.ok());

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(CallObservation.CALL, 1)
                .hasObservationWithNameEqualTo(CallObservation.CALL).that()
                .hasBeenStarted().hasBeenStopped().hasContextualNameEqualTo("chatwidget.call list")
                .hasLowCardinalityKeyValue("operation", "list").hasLowCardinalityKeyValue("adapter", "apache")
                .hasLowCardinalityKeyValue("outcome", "success").hasLowCardinalityKeyValue("status", "2xx")
                .doesNotHaveHighCardinalityKeyValueWithKey("location");
    }

    @Test
    void a_failed_call_is_tagged_with_the_error_type_and_never_its_message_or_location() {
        Chains.run(List.of(CallObservation.perCall(registry, "jdk")), Chains.list(),
                call -> Chains.serverError("upstream loc-observed down"));

        assertThat(registry).hasObservationWithNameEqualTo(CallObservation.CALL).that()
                .hasLowCardinalityKeyValue("outcome", "ServerError").hasLowCardinalityKeyValue("status", "5xx")
                .satisfies(context -> assertThat(context.getAllKeyValues().toString())
                        .doesNotContain("loc-observed", "upstream"));
    }

    @Test
    void every_attempt_is_observed_inside_its_one_call() {
        AtomicInteger attempts = new AtomicInteger();
        Chains.run(List.of(CallObservation.perCall(registry, "apache"), Chains.sendTwice(),
                CallObservation.perAttempt(registry, "apache")), Chains.list(), call -> attempts.incrementAndGet() == 1
                ? Chains.serverError("busy")
                : Chains.ok());

        assertThat(registry).hasNumberOfObservationsWithNameEqualTo(CallObservation.CALL, 1)
                .hasNumberOfObservationsWithNameEqualTo(CallObservation.ATTEMPT, 2);
    }

    @Test
    void with_a_meter_handler_each_observation_is_a_timer() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));

        Chains.run(List.of(CallObservation.perCall(observations, "apache")), Chains.list(),
                call -> Chains.ok());

        assertThat(meters.get(CallObservation.CALL).tags("operation", "list", "adapter", "apache",
                "outcome", "success", "status", "2xx").timer().count()).isEqualTo(1);
    }

    @Test
    void on_a_no_op_registry_the_call_passes_straight_through() {
        CallResult<?> answer = Chains.ok();

        CallResult<?> result = Chains.run(List.of(CallObservation.perCall(ObservationRegistry.NOOP, "apache")),
                Chains.list(), call -> answer);

        assertThat(result).isSameAs(answer);
    }
}
