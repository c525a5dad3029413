package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rule 4: replace sets what it names and replaces settings whole; patch sets what it names; the rest is kept. */
public interface UpdateContract extends GatewayContractHooks {

    @Test
    @Tag(ContractTags.SAFE)
    default void replace_sets_every_field_it_names() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("before").withSettings(ContractSettings.heading("old")));
        WidgetUpdate update = WidgetUpdate.none().withName("after").withVersion(2).withChatType(ChatType.EMAIL_CHAT)
                .withSettings(ContractSettings.heading("new"));

        ChatWidget replaced = ok(s.replace(widget.id(), update), "replace");

        for (ChatWidget w : new ChatWidget[] {replaced, s.fetch(widget.id())}) {
            assertThat(w.name()).as("name after replace").isEqualTo("after");
            assertThat(w.version()).as("version after replace").isEqualTo(2);
            assertThat(w.chatType()).as("chatType after replace").isEqualTo(ChatType.EMAIL_CHAT);
            assertThat(w.settings()).as("settings after replace").isEqualTo(ContractSettings.heading("new"));
            assertThat(w.id()).as("id after replace").isEqualTo(widget.id());
            assertThat(w.createdAt()).as("createdAt after replace").isEqualTo(widget.createdAt());
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void replace_replaces_settings_whole() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("w").withSettings(ContractSettings.rich()));
        WidgetSettings smaller = ContractSettings.heading("only this");

        ok(s.replace(widget.id(), WidgetUpdate.none().withSettings(smaller)), "replace settings");

        assertThat(s.fetch(widget.id()).settings()).as("settings after a replace naming settings")
                .isEqualTo(smaller);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void replace_keeps_the_fields_it_does_not_name() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.emailChat("w").withVersion(2).withSettings(ContractSettings.rich()));

        ok(s.replace(widget.id(), WidgetUpdate.none().withName("renamed")), "replace name only");

        ChatWidget read = s.fetch(widget.id());
        assertThat(read.name()).as("name after replace").isEqualTo("renamed");
        assertThat(read.settings()).as("settings not named by the replace").isEqualTo(ContractSettings.rich());
        assertThat(read.version()).as("version not named by the replace").isEqualTo(2);
        assertThat(read.chatType()).as("chatType not named by the replace").isEqualTo(ChatType.EMAIL_CHAT);
        assertThat(read.isDefault()).as("default flag not named by the replace").isEqualTo(widget.isDefault());
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void patch_sets_the_fields_it_names_and_keeps_the_rest() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("w").withVersion(2).withSettings(ContractSettings.rich()));

        ChatWidget patched = ok(s.patch(widget.id(), WidgetUpdate.none().withName("patched").withVersion(3)), "patch");

        for (ChatWidget w : new ChatWidget[] {patched, s.fetch(widget.id())}) {
            assertThat(w.name()).as("name after patch").isEqualTo("patched");
            assertThat(w.version()).as("version after patch").isEqualTo(3);
            assertThat(w.chatType()).as("chatType not named by the patch").isEqualTo(ChatType.LIVE_CHAT);
            assertThat(w.settings()).as("settings not named by the patch").isEqualTo(ContractSettings.rich());
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void empty_update_changes_no_content() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("w").withSettings(ContractSettings.rich()));

        ok(s.replace(widget.id(), WidgetUpdate.none()), "empty replace");
        ok(s.patch(widget.id(), WidgetUpdate.none()), "empty patch");

        ChatWidget read = s.fetch(widget.id());
        assertThat(read.name()).as("name after empty updates").isEqualTo(widget.name());
        assertThat(read.version()).as("version after empty updates").isEqualTo(widget.version());
        assertThat(read.chatType()).as("chatType after empty updates").isEqualTo(widget.chatType());
        assertThat(read.settings()).as("settings after empty updates").isEqualTo(widget.settings());
        assertThat(read.isDefault()).as("default flag after empty updates").isEqualTo(widget.isDefault());
    }
}
