package dev.chatwidget.testkit.fake;

import static dev.chatwidget.testkit.assertions.ChatWidgetAssertions.assertThat;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import org.junit.jupiter.api.Test;

class RecordingTest {

    private final FakeChatWidgets fake = FakeChatWidgets.create();
    private final LocationId location = LocationId.of("loc-rec");

    @Test
    void every_call_that_reached_the_fake_is_recorded_with_arguments_and_outcome() {
        NewWidget request = NewWidget.of(location, ChatType.LIVE_CHAT, "Recorded");
        var created = fake.chatWidgets().create(request).get();
        fake.chatWidgets().get(location, WidgetId.of("missing"));

        assertThat(fake.calls()).extracting(RecordedCall::operation).containsExactly(Operation.CREATE, Operation.GET);
        RecordedCall create = fake.calls(Operation.CREATE).get(0);
        assertThat(create.argument(NewWidget.class)).contains(request);
        assertThat(create.outcome().get()).isEqualTo(created);
        assertThat(fake.calls(Operation.GET).get(0).error()).hasValueSatisfying(e -> assertThat(e).isNotFound());
    }

    @Test
    void calls_rejected_by_validation_never_reach_the_fake() {
        fake.chatWidgets().create(NewWidget.of(location, ChatType.WA_CHAT, "Not writable"));

        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void faulted_calls_are_recorded_as_faulted() {
        fake.faults().next(1).failWith(TestErrors.forbidden());
        fake.chatWidgets().get(location, WidgetId.of("abc"));

        assertThat(fake.calls()).singleElement().satisfies(c -> assertThat(c.faulted()).isTrue());
    }

    @Test
    void reset_forgets_widgets_calls_faults_and_access_rules() {
        fake.seed(Widgets.liveChat(location, "Old"));
        fake.faults().next(3).failWith(TestErrors.notFound());
        fake.allowOnly(LocationId.of("elsewhere"));
        fake.chatWidgets().get(location, WidgetId.of("abc"));

        fake.reset();

        assertThat(fake.liveWidgets(location)).isEmpty();
        assertThat(fake.calls()).isEmpty();
        assertThat(fake.faults().pending()).isZero();
        assertThat(fake.chatWidgets().create(NewWidget.of(location, ChatType.LIVE_CHAT, "New"))).succeeded();
    }

    @Test
    void access_rules_answer_forbidden_for_other_locations() {
        fake.allowOnly(LocationId.of("mine"));

        assertThat(fake.chatWidgets().create(NewWidget.of(location, ChatType.LIVE_CHAT, "x"))).failed().isForbidden();
        assertThat(fake.chatWidgets().create(NewWidget.of(LocationId.of("mine"), ChatType.LIVE_CHAT, "x"))).succeeded();
    }
}
