package dev.chatwidget.core.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallBudgetTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final CallBudget EARLY = new CallBudget(NOW.plusSeconds(10), CLOCK, 1);
    private static final CallBudget LATE = new CallBudget(NOW.plusSeconds(20), CLOCK, 2);

    @Test
    void there_is_no_budget_outside_a_call() {
        assertThat(CallBudget.current()).isEmpty();
    }

    @Test
    void the_time_left_is_measured_on_the_deadline_s_own_clock_and_never_negative() {
        assertThat(EARLY.remaining()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new CallBudget(NOW.minusSeconds(1), CLOCK, 1).remaining()).isZero();
    }

    @Test
    void a_nested_call_cannot_extend_the_deadline_of_the_call_around_it_but_names_its_own_attempt() {
        Optional<CallBudget> inner = EARLY.run(() -> LATE.run(CallBudget::current));

        assertThat(inner.map(CallBudget::deadline)).contains(EARLY.deadline());
        assertThat(inner.map(CallBudget::attempt)).contains(2);
    }

    @Test
    void a_nested_call_may_shorten_the_deadline_and_the_outer_one_is_restored_after_it() {
        Optional<CallBudget> afterInner = LATE.run(() -> {
            assertThat(EARLY.run(CallBudget::current)).contains(EARLY);
            return CallBudget.current();
        });

        assertThat(afterInner).contains(LATE);
        assertThat(CallBudget.current()).isEmpty();
    }

    @Test
    void the_budget_is_cleared_even_when_the_call_throws() {
        assertThatThrownBy(() -> EARLY.run(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(CallBudget.current()).isEmpty();
    }

    @Test
    void a_deadline_too_far_to_represent_is_the_end_of_time() {
        assertThat(CallBudget.deadlineAfter(NOW, Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(Instant.MAX);
        assertThat(new CallBudget(Instant.MAX, CLOCK, 1).remaining()).isPositive();
    }

    @Test
    void attempts_count_from_one() {
        assertThatThrownBy(() -> new CallBudget(NOW, CLOCK, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attempt");
    }
}
