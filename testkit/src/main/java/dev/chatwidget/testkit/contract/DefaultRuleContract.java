package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.defaultIs;
import static dev.chatwidget.testkit.contract.ContractAssertions.exactlyOneDefault;
import static dev.chatwidget.testkit.contract.ContractAssertions.invalid;
import static dev.chatwidget.testkit.contract.ContractAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rule 1: while a location has a live widget, exactly one of them is its default. */
public interface DefaultRuleContract extends GatewayContractHooks {

    @Test
    @Tag(ContractTags.SAFE)
    default void first_widget_in_an_empty_location_becomes_default_even_when_asked_not_to() {
        Scenario s = scenario();
        ChatWidget first = s.create(s.liveChat("first").withDefault(false));

        assertThat(first.isDefault()).as("the first widget of a location, as created").isTrue();
        defaultIs(s, first.id(), "creating the first widget with default: false");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void create_with_default_true_demotes_the_previous_default() {
        Scenario s = scenario();
        ChatWidget first = s.create("first");
        ChatWidget second = s.create(s.liveChat("second").withDefault(true));

        assertThat(second.isDefault()).as("a widget created with default: true").isTrue();
        assertThat(s.fetch(first.id()).isDefault()).as("the previous default after it was demoted").isFalse();
        defaultIs(s, second.id(), "creating a widget with default: true");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void create_without_default_true_keeps_the_existing_default() {
        Scenario s = scenario();
        ChatWidget first = s.create("first");
        ChatWidget second = s.create("second");
        ChatWidget third = s.create(s.emailChat("third").withDefault(false));

        assertThat(second.isDefault()).as("a second widget created without default").isFalse();
        assertThat(third.isDefault()).as("a third widget created with default: false").isFalse();
        defaultIs(s, first.id(), "creating more widgets without default: true");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void replace_with_default_true_makes_it_the_only_default() {
        Scenario s = scenario();
        ChatWidget first = s.create("first");
        ChatWidget second = s.create("second");

        ChatWidget replaced = ok(s.replace(second.id(), WidgetUpdate.none().withDefault(true)), "replace default: true");

        assertThat(replaced.isDefault()).as("the replaced widget").isTrue();
        assertThat(s.fetch(first.id()).isDefault()).as("the old default").isFalse();
        defaultIs(s, second.id(), "replace with default: true");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void patch_with_default_true_makes_it_the_only_default() {
        Scenario s = scenario();
        s.create("first");
        ChatWidget second = s.create("second");
        ChatWidget third = s.create("third");

        ChatWidget patched = ok(s.patch(third.id(), WidgetUpdate.none().withDefault(true)), "patch default: true");

        assertThat(patched.isDefault()).as("the patched widget").isTrue();
        assertThat(s.fetch(second.id()).isDefault()).as("an untouched widget").isFalse();
        defaultIs(s, third.id(), "patch with default: true");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void setting_default_false_on_the_default_is_refused_and_changes_nothing() {
        Scenario s = scenario();
        s.require(GatewayCapability.MODEL_CHOICES);
        ChatWidget first = s.create("first");
        s.create("second");

        invalid(s.replace(first.id(), WidgetUpdate.none().withDefault(false).withName("renamed")),
                "replace default: false on the default");
        invalid(s.patch(first.id(), WidgetUpdate.none().withDefault(false)), "patch default: false on the default");

        assertThat(s.fetch(first.id()).name()).as("name after the refused replace").isEqualTo("first");
        defaultIs(s, first.id(), "refused attempts to un-default the default");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void setting_default_false_on_a_non_default_widget_is_accepted() {
        Scenario s = scenario();
        ChatWidget first = s.create("first");
        ChatWidget second = s.create("second");

        ChatWidget patched = ok(s.patch(second.id(), WidgetUpdate.none().withDefault(false)), "patch default: false");

        assertThat(patched.isDefault()).as("the non-default widget after default: false").isFalse();
        defaultIs(s, first.id(), "default: false on a non-default widget");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void setting_default_true_on_the_default_keeps_it_the_default() {
        Scenario s = scenario();
        ChatWidget first = s.create("first");
        s.create("second");

        ChatWidget replaced = ok(s.replace(first.id(), WidgetUpdate.none().withDefault(true)), "replace default: true");

        assertThat(replaced.isDefault()).as("the default after default: true again").isTrue();
        defaultIs(s, first.id(), "default: true on the default");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void exactly_one_default_remains_through_a_mix_of_writes() {
        Scenario s = scenario();
        ChatWidget a = s.create("a");
        exactlyOneDefault(s, "create a");
        ChatWidget b = s.create(s.liveChat("b").withDefault(true));
        exactlyOneDefault(s, "create b default");
        ChatWidget c = ok(s.cloneOf(b.id()), "clone b");
        exactlyOneDefault(s, "clone b");
        ok(s.patch(c.id(), WidgetUpdate.none().withDefault(true)), "patch c default");
        exactlyOneDefault(s, "patch c default");
        ok(s.delete(c.id()), "delete c");
        exactlyOneDefault(s, "delete the default c");
        ok(s.replace(a.id(), WidgetUpdate.none().withDefault(true).withName("a2")), "replace a default");
        exactlyOneDefault(s, "replace a default");
        ok(s.delete(a.id()), "delete a");
        ok(s.delete(b.id()), "delete b");
        exactlyOneDefault(s, "deleting every widget");
    }
}
