package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.newWidget;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.LocationWidgets;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.Invalid;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 1: while a location has a live widget, exactly one of them is its default. */
class ExactlyOneDefaultTest {

    private final LocationScenario scenario = new LocationScenario();

    @Test
    void first_widget_in_empty_location_becomes_default_whatever_request_says() {
        ChatWidget first = scenario.create(newWidget("first").withDefault(false));

        assertThat(first.isDefault()).isTrue();
        assertThat(scenario.state().defaultWidget()).contains(first);
        scenario.assertExactlyOneDefault();
    }

    @Test
    void later_widget_is_not_default_unless_it_asks_to_be() {
        ChatWidget first = scenario.create("first");
        ChatWidget second = scenario.create("second");

        assertThat(second.isDefault()).isFalse();
        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(first.id());
        scenario.assertExactlyOneDefault();
    }

    @Test
    void creating_with_default_true_makes_it_default_and_demotes_the_old_one() {
        ChatWidget first = scenario.create("first");
        ChatWidget second = scenario.create(newWidget("second").withDefault(true));

        assertThat(second.isDefault()).isTrue();
        assertThat(scenario.current(first.id()).isDefault()).isFalse();
        assertThat(scenario.current(first.id()).updatedAt()).isEqualTo(scenario.now());
        scenario.assertExactlyOneDefault();
    }

    @ParameterizedTest(name = "by {0}")
    @ValueSource(strings = {"replace", "patch"})
    void updating_with_default_true_makes_it_default_and_demotes_the_old_one(String how) {
        ChatWidget first = scenario.create("first");
        ChatWidget second = scenario.create("second");
        WidgetUpdate makeDefault = WidgetUpdate.none().withDefault(true);

        ChatWidget updated = (how.equals("replace") ? scenario.replace(second.id(), makeDefault)
                : scenario.patch(second.id(), makeDefault)).get();

        assertThat(updated.isDefault()).isTrue();
        assertThat(scenario.current(second.id()).isDefault()).isTrue();
        assertThat(scenario.current(first.id()).isDefault()).isFalse();
        scenario.assertExactlyOneDefault();
    }

    @ParameterizedTest(name = "by {0}")
    @ValueSource(strings = {"replace", "patch"})
    void setting_default_false_on_current_default_is_rejected(String how) {
        ChatWidget first = scenario.create("first");
        scenario.create("second");
        LocationWidgets before = scenario.state();
        WidgetUpdate unsetDefault = WidgetUpdate.none().withDefault(false).withName("renamed");

        var result = how.equals("replace") ? scenario.replace(first.id(), unsetDefault)
                : scenario.patch(first.id(), unsetDefault);

        assertThat(result.getLeft()).isInstanceOfSatisfying(Invalid.class, invalid -> {
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.concerns("default")).isTrue();
        });
        assertThat(scenario.state()).isSameAs(before);
        assertThat(scenario.current(first.id()).name()).isEqualTo("first");
    }

    @Test
    void setting_default_false_on_the_only_widget_is_rejected_too() {
        ChatWidget only = scenario.create("only");

        assertThat(scenario.patch(only.id(), WidgetUpdate.none().withDefault(false)).getLeft())
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.concerns("default")).isTrue());
    }

    @Test
    void setting_default_false_on_a_widget_that_is_not_default_changes_no_default() {
        ChatWidget first = scenario.create("first");
        ChatWidget second = scenario.create("second");

        ChatWidget updated = scenario.patch(second.id(), WidgetUpdate.none().withDefault(false)).get();

        assertThat(updated.isDefault()).isFalse();
        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(first.id());
    }

    @Test
    void setting_default_true_on_current_default_keeps_it_the_only_default() {
        ChatWidget first = scenario.create("first");
        scenario.create("second");

        assertThat(scenario.patch(first.id(), WidgetUpdate.none().withDefault(true)).get().isDefault()).isTrue();
        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(first.id());
        scenario.assertExactlyOneDefault();
    }

    @Test
    void clone_into_a_location_with_a_default_is_not_default() {
        ChatWidget source = scenario.create("source");

        ChatWidget copy = scenario.cloneOf(CloneRequest.of(LocationScenario.LOCATION, source.id())).get();

        assertThat(copy.isDefault()).isFalse();
        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(source.id());
    }

    @Test
    void first_widget_seeded_into_empty_location_becomes_default_even_if_stored_as_not_default() {
        ChatWidget seeded = scenario.seed(stored("a1", ChatType.WA_CHAT, T0));

        assertThat(seeded.isDefault()).isTrue();
        scenario.assertExactlyOneDefault();
    }

    @Test
    void seeding_a_default_demotes_the_old_default() {
        ChatWidget first = scenario.seed(stored("a1", ChatType.LIVE_CHAT, T0));
        ChatWidget second = scenario.seed(stored("b2", ChatType.EMAIL_CHAT, T0.plusSeconds(5)).withDefault(true, T0));

        assertThat(second.isDefault()).isTrue();
        assertThat(scenario.current(first.id()).isDefault()).isFalse();
        scenario.assertExactlyOneDefault();
    }

    @Test
    void arriving_widget_is_default_when_location_has_no_live_widget_or_when_it_asks() {
        assertThat(ExactlyOneDefault.arrivingIsDefault(false, false)).isTrue();
        assertThat(ExactlyOneDefault.arrivingIsDefault(false, true)).isTrue();
        assertThat(ExactlyOneDefault.arrivingIsDefault(true, true)).isTrue();
        assertThat(ExactlyOneDefault.arrivingIsDefault(true, false)).isFalse();
    }

    @Test
    void only_unsetting_the_current_default_is_a_violation() {
        ChatWidget theDefault = stored("a1", ChatType.LIVE_CHAT, T0).withDefault(true, T0);
        ChatWidget other = stored("b2", ChatType.LIVE_CHAT, T0);

        assertThat(ExactlyOneDefault.checkUnset(theDefault, Optional.of(false)))
                .hasValueSatisfying(v -> assertThat(v.field()).contains("default"));
        assertThat(ExactlyOneDefault.checkUnset(theDefault, Optional.of(true))).isEmpty();
        assertThat(ExactlyOneDefault.checkUnset(theDefault, Optional.empty())).isEmpty();
        assertThat(ExactlyOneDefault.checkUnset(other, Optional.of(false))).isEmpty();
    }

    @Test
    void only_a_non_default_asking_for_default_takes_the_flag() {
        ChatWidget theDefault = stored("a1", ChatType.LIVE_CHAT, T0).withDefault(true, T0);
        ChatWidget other = stored("b2", ChatType.LIVE_CHAT, T0);

        assertThat(ExactlyOneDefault.takesDefault(other, Optional.of(true))).isTrue();
        assertThat(ExactlyOneDefault.takesDefault(other, Optional.of(false))).isFalse();
        assertThat(ExactlyOneDefault.takesDefault(other, Optional.empty())).isFalse();
        assertThat(ExactlyOneDefault.takesDefault(theDefault, Optional.of(true))).isFalse();
    }
}
