package dev.chatwidget.testkit.fake;

import static dev.chatwidget.testkit.assertions.ChatWidgetAssertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.port.in.ChatWidgets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private final FakeChatWidgets fake = FakeChatWidgets.create();
    private final ChatWidgets widgets = fake.chatWidgets();
    private final LocationId location = LocationId.of("loc-faults");

    @Test
    void next_n_calls_fail_with_the_scripted_error_then_calls_succeed_again() {
        fake.faults().next(2).failWith(TestErrors.serverError(503));

        assertThat(widgets.list(ListQuery.of(location))).failed().isServerError().hasStatus(503);
        assertThat(widgets.list(ListQuery.of(location))).failed().isServerError();
        assertThat(widgets.list(ListQuery.of(location))).succeeded();
        assertThat(fake.faults().pending()).isZero();
    }

    @Test
    void a_fault_of_one_operation_leaves_other_operations_untouched() {
        fake.faults().next(1).of(Operation.CREATE).failWith(TestErrors.transportFailure(false));

        assertThat(widgets.list(ListQuery.of(location))).succeeded();
        assertThat(widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Chat"))).failed().isTransportFailure();
        assertThat(widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Chat"))).succeeded();
    }

    @Test
    void a_failed_write_does_not_change_state() {
        fake.faults().next(1).of(Operation.CREATE).failWith(TestErrors.serverError(500));

        widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Never stored"));

        assertThat(fake.liveWidgets(location)).isEmpty();
    }

    @Test
    void rate_limited_fault_reports_its_scope_and_limits() {
        fake.faults().next(1).failWith(TestErrors.rateLimitedBurst(Duration.ofSeconds(3)));
        fake.faults().next(1).failWith(TestErrors.rateLimitedDaily());

        RateLimited burst = (RateLimited) widgets.list(ListQuery.of(location)).getLeft();
        RateLimited daily = (RateLimited) widgets.list(ListQuery.of(location)).getLeft();

        assertThat(burst.scope()).isEqualTo(RateLimited.Scope.BURST);
        assertThat(burst.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(daily.scope()).isEqualTo(RateLimited.Scope.DAILY);
        assertThat(daily.limits().dailyExhausted()).isTrue();
    }

    @Test
    void latency_delays_the_call_which_then_proceeds_normally() {
        fake.faults().next(1).of(Operation.GET).delayBy(Duration.ofMillis(30));
        var created = widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Slow")).get();

        long start = System.nanoTime();
        var result = widgets.get(location, created.id());
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(result).succeeded();
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(30);
    }

    @Test
    void bad_fault_specifications_are_rejected_with_the_field_named() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fake.faults().next(0))
                .hasMessageContaining("count");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fake.faults().next(1).delayBy(Duration.ofMillis(-1)))
                .hasMessageContaining("latency");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestErrors.serverError(404))
                .hasMessageContaining("status");
    }
}
