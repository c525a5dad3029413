package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimiter;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResilientGatewayTest {

    private final FakeClock clock = new FakeClock();
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);
    private final ScriptedGateway scripted = new ScriptedGateway(clock);
    private final List<AttemptEvent> events = new ArrayList<>();

    private ChatWidgetGateway resilient(RateLimiter limiter) {
        return ResilientGateway.wrap(scripted, RetryPolicy.defaults(), limiter, clock, sleeper,
                new SplittableRandom(3), events::add);
    }

    @Test
    void every_attempt_retries_included_takes_its_own_permit() {
        RecordingLimiter limiter = new RecordingLimiter();
        scripted.failing(Operation.GET, Errors.server(503), Errors.burst(Duration.ofSeconds(1)));

        Either<ChatWidgetError, ?> result = Fixtures.call(resilient(limiter), Operation.GET);

        assertThat(result.isRight()).isTrue();
        assertThat(scripted.calls()).isEqualTo(3);
        assertThat(limiter.requests()).hasSize(3);
    }

    @Test
    void every_wait_for_a_permit_is_bounded_by_the_deadline_of_the_whole_call() {
        RecordingLimiter limiter = new RecordingLimiter();
        scripted.failing(Operation.LIST, Errors.server(500));

        Fixtures.call(resilient(limiter), Operation.LIST);

        assertThat(limiter.requests()).extracting(RecordingLimiter.Request::deadline)
                .containsExactly(FakeClock.START.plusSeconds(30), FakeClock.START.plusSeconds(30));
    }

    @Test
    void a_refused_permit_is_not_retried_when_the_permit_is_due_only_past_the_deadline() {
        TokenBucketRateLimiter limiter =
                new TokenBucketRateLimiter(BurstLimit.of(1, Duration.ofMinutes(1)), clock, sleeper);
        scripted.failing(Operation.GET, Errors.server(503));

        Either<ChatWidgetError, ?> result = Fixtures.call(resilient(limiter), Operation.GET);

        assertThat(result.getLeft()).isInstanceOf(RateLimited.class);
        assertThat(result.getLeft().message()).contains("client-side");
        assertThat(scripted.calls()).isEqualTo(1);
        assertThat(sleeper.total()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(events).extracting(AttemptEvent::decision)
                .containsExactly(AttemptEvent.Decision.RETRY, AttemptEvent.Decision.DEADLINE_WOULD_PASS);
    }

    @Test
    void callers_wait_their_turn_instead_of_provoking_429s() {
        TokenBucketRateLimiter limiter =
                new TokenBucketRateLimiter(BurstLimit.of(2, Duration.ofSeconds(1)), clock, sleeper);
        ChatWidgetGateway gateway = resilient(limiter);

        for (int i = 0; i < 4; i++) {
            assertThat(Fixtures.call(gateway, Operation.GET).isRight()).isTrue();
        }

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(scripted.calls()).isEqualTo(4);
    }
}
