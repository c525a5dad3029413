package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class RetryDeadlinePropertyTest {

    @Provide
    Arbitrary<ChatWidgetError> failure() {
        return Arbitraries.oneOf(
                Arbitraries.of(Errors.server(500), Errors.server(503), Errors.server(501), Errors.neverSent(),
                        Errors.mayHaveReachedServer(), Errors.burstWithoutRetryAfter(), Errors.daily()),
                Arbitraries.longs().between(0, 40_000).map(ms -> Errors.burst(Duration.ofMillis(ms))));
    }

    @Property
    void waits_never_end_past_the_deadline_nor_add_up_past_the_call_timeout_and_attempts_stay_within_the_policy(
            @ForAll @Size(max = 12) List<@From("failure") ChatWidgetError> failures,
            @ForAll Operation operation,
            @ForAll @IntRange(min = 1, max = 10) int maxAttempts,
            @ForAll @LongRange(min = 0, max = 5_000) long baseMillis,
            @ForAll @LongRange(min = 1, max = 60_000) long timeoutMillis,
            @ForAll @LongRange(min = 0, max = 5_000) long attemptMillis,
            @ForAll long seed) {
        FakeClock clock = new FakeClock();
        Instant deadline = FakeClock.START.plusMillis(timeoutMillis);
        List<Instant> sleepEnds = new ArrayList<>();
        List<Duration> sleeps = new ArrayList<>();
        Sleeper sleeper = duration -> {
            sleeps.add(duration);
            clock.advance(duration);
            sleepEnds.add(clock.instant());
        };
        ScriptedGateway scripted = new ScriptedGateway(clock).taking(Duration.ofMillis(attemptMillis))
                .failing(operation, failures.toArray(ChatWidgetError[]::new));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(maxAttempts).baseDelay(Duration.ofMillis(baseMillis))
                .maxDelay(Duration.ofMillis(baseMillis * 4)).callTimeout(Duration.ofMillis(timeoutMillis)).build();
        List<AttemptEvent> events = new ArrayList<>();

        Fixtures.call(new RetryingGateway(scripted, policy, clock, sleeper, new SplittableRandom(seed), events::add),
                operation);

        assertThat(sleepEnds).allSatisfy(end -> assertThat(end).isBeforeOrEqualTo(deadline));
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus))
                .isLessThanOrEqualTo(Duration.ofMillis(timeoutMillis));
        assertThat(scripted.calls()).isBetween(1, maxAttempts);
        assertThat(events).extracting(AttemptEvent::attempt)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, scripted.calls()).boxed().toList());
        assertThat(events.subList(0, events.size() - 1)).allMatch(AttemptEvent::willRetry);
        assertThat(events.get(events.size() - 1).willRetry()).isFalse();
        assertThat(events).filteredOn(AttemptEvent::willRetry).extracting(e -> e.nextDelay().orElseThrow())
                .containsExactlyElementsOf(sleeps);
    }
}
