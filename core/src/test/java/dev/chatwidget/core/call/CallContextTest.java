package dev.chatwidget.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.call.WidgetRequest.GetWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The call's context: its deadlines (the earliest wins), its attempt, and the time left. */
class CallContextTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final GetWidget GET = new GetWidget(LocationId.of("loc"), WidgetId.of("w1"));

    @Test
    void start_sets_both_deadlines_from_now_attempt_one_and_no_wait() {
        CallContext context = CallContext.start(GET, CLOCK, Duration.ofSeconds(30), Duration.ofSeconds(10));

        assertThat(context.callDeadline()).isEqualTo(NOW.plusSeconds(30));
        assertThat(context.attemptDeadline()).isEqualTo(NOW.plusSeconds(10));
        assertThat(context.attempt()).isEqualTo(1);
        assertThat(context.rateLimitWait()).isZero();
        assertThat(context.operation()).isEqualTo(Operation.GET);
        assertThat(context.location()).contains(LocationId.of("loc"));
        assertThat(context.callRemaining()).isEqualTo(Duration.ofSeconds(30));
        assertThat(context.attemptRemaining()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void without_an_attempt_timeout_the_attempt_may_take_the_whole_call() {
        CallContext context = CallContext.start(GET, CLOCK, Duration.ofSeconds(30));

        assertThat(context.attemptDeadline()).isEqualTo(context.callDeadline()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void an_attempt_deadline_past_the_call_s_is_moved_back_to_it() {
        CallContext context = CallContext.start(GET, CLOCK, Duration.ofSeconds(5), Duration.ofSeconds(10));

        assertThat(context.attemptDeadline()).isEqualTo(NOW.plusSeconds(5));
        assertThat(context.withAttempt(2, NOW.plusSeconds(60)).attemptDeadline()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void a_new_attempt_has_its_number_and_deadline_and_has_not_waited_yet() {
        CallContext waited = CallContext.start(GET, CLOCK, Duration.ofSeconds(30))
                .withRateLimitWait(Duration.ofMillis(300));

        CallContext second = waited.withAttempt(2, NOW.plusSeconds(8));

        assertThat(waited.rateLimitWait()).isEqualTo(Duration.ofMillis(300));
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.attemptDeadline()).isEqualTo(NOW.plusSeconds(8));
        assertThat(second.rateLimitWait()).isZero();
        assertThat(second.callDeadline()).isEqualTo(waited.callDeadline());
    }

    @Test
    void time_left_is_never_negative() {
        CallContext past = new CallContext(Operation.GET, Optional.empty(), CLOCK, NOW.minusSeconds(1),
                NOW.minusSeconds(2), 1, Duration.ZERO);

        assertThat(past.callRemaining()).isZero();
        assertThat(past.attemptRemaining()).isZero();
    }

    @Test
    void the_attempt_s_time_left_in_nanoseconds_matches_the_duration_and_saturates() {
        CallContext context = CallContext.start(GET, CLOCK, Duration.ofSeconds(30),
                Duration.ofSeconds(10).plusNanos(123_456_789));
        assertThat(context.attemptRemainingNanos()).isEqualTo(context.attemptRemaining().toNanos())
                .isEqualTo(10_123_456_789L);

        // The clock just past a whole second: the nanosecond parts borrow from the seconds.
        Clock later = Clock.fixed(NOW.plusNanos(999_999_999), ZoneOffset.UTC);
        CallContext borrowing = new CallContext(Operation.GET, Optional.empty(), later, NOW.plusSeconds(30),
                NOW.plusSeconds(2), 1, Duration.ZERO);
        assertThat(borrowing.attemptRemainingNanos()).isEqualTo(1_000_000_001L);

        CallContext atDeadline = new CallContext(Operation.GET, Optional.empty(), CLOCK, NOW.plusSeconds(1), NOW, 1,
                Duration.ZERO);
        assertThat(atDeadline.attemptRemainingNanos()).isZero();
        CallContext past = new CallContext(Operation.GET, Optional.empty(), CLOCK, NOW, NOW.minusNanos(1), 1,
                Duration.ZERO);
        assertThat(past.attemptRemainingNanos()).isZero();

        CallContext endless = CallContext.start(GET, CLOCK, Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(endless.attemptRemainingNanos()).isEqualTo(Long.MAX_VALUE);
        // 292 years is the most a long of nanoseconds holds: just under it counts, just over saturates.
        CallContext justUnder = CallContext.start(GET, CLOCK, Duration.ofSeconds(9_223_372_034L));
        assertThat(justUnder.attemptRemainingNanos()).isEqualTo(9_223_372_034_000_000_000L);
        CallContext justOver = CallContext.start(GET, CLOCK, Duration.ofSeconds(9_223_372_036L));
        assertThat(justOver.attemptRemainingNanos()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_timeout_too_large_to_add_to_a_date_means_no_deadline() {
        CallContext context = CallContext.start(GET, CLOCK, Duration.ofSeconds(Long.MAX_VALUE));

        assertThat(context.callDeadline()).isEqualTo(Instant.MAX);
        assertThat(context.callRemaining()).isPositive();
        assertThat(CallContext.deadlineAfter(NOW, Duration.ofSeconds(3))).isEqualTo(NOW.plusSeconds(3));
    }

    @Test
    void bad_values_are_rejected_naming_the_field() {
        CallContext context = CallContext.start(GET, CLOCK, Duration.ofSeconds(30));

        assertThatThrownBy(() -> context.withAttempt(0, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attempt");
        assertThatThrownBy(() -> context.withRateLimitWait(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimitWait");
        assertThatThrownBy(() -> context.withRateLimitWait(null)).hasMessageContaining("rateLimitWait");
        assertThatThrownBy(() -> context.withAttempt(2, null)).hasMessageContaining("attemptDeadline");
        assertThatThrownBy(() -> new CallContext(null, Optional.empty(), CLOCK, NOW, NOW, 1, Duration.ZERO))
                .hasMessageContaining("operation");
        assertThatThrownBy(() -> new CallContext(Operation.GET, null, CLOCK, NOW, NOW, 1, Duration.ZERO))
                .hasMessageContaining("location");
        assertThatThrownBy(() -> new CallContext(Operation.GET, Optional.empty(), null, NOW, NOW, 1, Duration.ZERO))
                .hasMessageContaining("clock");
        assertThatThrownBy(() -> new CallContext(Operation.GET, Optional.empty(), CLOCK, null, NOW, 1,
                Duration.ZERO)).hasMessageContaining("callDeadline");
        assertThatThrownBy(() -> CallContext.start(null, CLOCK, Duration.ofSeconds(1))).hasMessageContaining("request");
    }
}
