package dev.chatwidget.core.application.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallDeadlineTest {

    private static final Instant EARLY = Instant.parse("2026-01-01T00:00:10Z");
    private static final Instant LATE = Instant.parse("2026-01-01T00:00:20Z");

    @Test
    void there_is_no_deadline_outside_a_call() {
        assertThat(CallDeadline.current()).isEmpty();
    }

    @Test
    void a_nested_call_cannot_extend_the_deadline_of_the_call_around_it() {
        Optional<Instant> inner = CallDeadline.within(EARLY, () -> CallDeadline.within(LATE, CallDeadline::current));

        assertThat(inner).contains(EARLY);
    }

    @Test
    void a_nested_call_may_shorten_the_deadline_and_the_outer_one_is_restored_after_it() {
        Optional<Instant> afterInner = CallDeadline.within(LATE, () -> {
            assertThat(CallDeadline.within(EARLY, CallDeadline::current)).contains(EARLY);
            return CallDeadline.current();
        });

        assertThat(afterInner).contains(LATE);
        assertThat(CallDeadline.current()).isEmpty();
    }

    @Test
    void the_deadline_is_cleared_even_when_the_call_throws() {
        assertThatThrownBy(() -> CallDeadline.within(EARLY, () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(CallDeadline.current()).isEmpty();
    }
}
