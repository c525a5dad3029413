package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.application.resilience.AttemptEvent.Decision;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures each operation retries, and which it never does. */
class RetryDecisionTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);
    private final ScriptedGateway scripted = new ScriptedGateway(clock);
    private final List<AttemptEvent> events = new ArrayList<>();

    private RetryingGateway retrying() {
        return new RetryingGateway(scripted, RetryPolicy.defaults(), clock, sleeper, new SplittableRandom(7),
                events::add);
    }

    static Stream<Arguments> idempotentOperationsTimesTransientFailures() {
        return Arrays.stream(Operation.values()).filter(Operation::idempotent)
                .flatMap(op -> Errors.transientFailures().stream().map(error -> Arguments.of(op, error)));
    }

    static Stream<Arguments> everyOperationTimesPermanentFailures() {
        return Arrays.stream(Operation.values())
                .flatMap(op -> Errors.permanentFailures().stream().map(error -> Arguments.of(op, error)));
    }

    static Stream<Arguments> createAndCloneTimesFailuresThatMayHaveReachedTheServer() {
        List<ChatWidgetError> ambiguous = List.of(Errors.server(500), Errors.server(502), Errors.server(503),
                Errors.server(504), Errors.mayHaveReachedServer());
        return Stream.of(Operation.CREATE, Operation.CLONE)
                .flatMap(op -> ambiguous.stream().map(error -> Arguments.of(op, error)));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("idempotentOperationsTimesTransientFailures")
    void idempotent_operations_are_retried_after_transient_server_and_transport_failures(
            Operation operation, ChatWidgetError error) {
        scripted.failing(operation, error);

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), operation);

        assertThat(result.isRight()).isTrue();
        assertThat(scripted.calls(operation)).isEqualTo(2);
        assertThat(sleeper.sleeps()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("createAndCloneTimesFailuresThatMayHaveReachedTheServer")
    void create_and_clone_are_not_retried_after_a_failure_that_may_have_reached_the_server(
            Operation operation, ChatWidgetError error) {
        scripted.failing(operation, error);

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), operation);

        assertThat(result.getLeft()).isEqualTo(error);
        assertThat(scripted.calls(operation)).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
        assertThat(events).singleElement().extracting(AttemptEvent::decision).isEqualTo(Decision.NOT_RETRYABLE);
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"CREATE", "CLONE"})
    void create_and_clone_are_retried_after_a_transport_failure_that_certainly_never_reached_the_server(
            Operation operation) {
        scripted.failing(operation, Errors.neverSent(), Errors.neverSent());

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), operation);

        assertThat(result.get()).isEqualTo(Fixtures.WIDGET);
        assertThat(scripted.calls(operation)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("everyOperationTimesPermanentFailures")
    void failures_a_retry_cannot_mend_are_returned_after_one_attempt(Operation operation, ChatWidgetError error) {
        scripted.failing(operation, error);

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), operation);

        assertThat(result.getLeft()).isEqualTo(error);
        assertThat(scripted.calls(operation)).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void burst_429_waits_exactly_what_the_server_asked_then_retries(Operation operation) {
        scripted.failing(operation, Errors.burst(Duration.ofMillis(2_345)));

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), operation);

        assertThat(result.isRight()).isTrue();
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(2_345));
        assertThat(scripted.calls(operation)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void daily_429_is_never_retried(Operation operation) {
        scripted.failing(operation, Errors.daily());

        Either<ChatWidgetError, ?> result = Fixtures.call(retrying(), operation);

        assertThat(result.getLeft()).isEqualTo(Errors.daily());
        assertThat(scripted.calls(operation)).isEqualTo(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }
}
