package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.CallBudget;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RateLimitingGatewayTest {

    private final FakeClock clock = new FakeClock();
    private final ScriptedGateway scripted = new ScriptedGateway(clock);
    private final RecordingLimiter limiter = new RecordingLimiter();
    private final RateLimitingGateway gateway =
            new RateLimitingGateway(scripted, limiter, clock, Duration.ofSeconds(5));

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
    void outside_a_retrying_call_the_wait_for_a_permit_is_bounded_by_max_wait() {
        Fixtures.call(gateway, Operation.GET);

        assertThat(limiter.requests()).extracting(RecordingLimiter.Request::deadline)
                .containsExactly(FakeClock.START.plusSeconds(5));
    }

    @Test
    void inside_a_retrying_call_the_wait_for_a_permit_is_bounded_by_that_call_s_deadline() {
        new CallBudget(FakeClock.START.plusSeconds(2), clock, 1).run(() -> Fixtures.call(gateway, Operation.GET));

        assertThat(limiter.requests()).extracting(RecordingLimiter.Request::deadline)
                .containsExactly(FakeClock.START.plusSeconds(2));
    }

    @Test
    void negative_max_wait_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> new RateLimitingGateway(scripted, limiter, clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxWait");
    }
}
