package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.defaultIs;
import static dev.chatwidget.testkit.contract.ContractAssertions.invalid;
import static dev.chatwidget.testkit.contract.ContractAssertions.notFound;
import static dev.chatwidget.testkit.contract.ContractAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rule 6: a clone copies type, version and settings (deeply), never the default flag, and points at its source. */
public interface CloneContract extends GatewayContractHooks {

    @Test
    @Tag(ContractTags.SAFE)
    default void clone_copies_type_version_and_settings_and_sets_origin_id() {
        Scenario s = scenario();
        ChatWidget source = s.create(s.emailChat("source").withVersion(2).withSettings(ContractSettings.rich()));

        ChatWidget clone = ok(s.cloneOf(source.id()), "clone");

        for (ChatWidget c : List.of(clone, s.fetch(clone.id()))) {
            assertThat(c.id()).as("a clone's id").isNotEqualTo(source.id());
            assertThat(c.locationId()).as("a clone's location").isEqualTo(s.location());
            assertThat(c.chatType()).as("a clone's chatType").isEqualTo(ChatType.EMAIL_CHAT);
            assertThat(c.version()).as("a clone's version").isEqualTo(2);
            assertThat(c.settings()).as("a clone's settings").isEqualTo(ContractSettings.rich());
            assertThat(c.originId()).as("a clone's originId").contains(source.id());
            assertThat(c.deleted()).as("a clone is live").isFalse();
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void clone_is_named_after_its_source_with_a_copy_suffix() {
        Scenario s = scenario();
        s.require(GatewayCapability.MODEL_CHOICES);
        ChatWidget source = s.create("Support desk");

        ChatWidget clone = ok(s.cloneOf(source.id()), "clone without a name");

        assertThat(clone.name()).as("name of a clone made without a name").isEqualTo("Support desk (copy)");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void clone_takes_the_name_it_is_given() {
        Scenario s = scenario();
        ChatWidget source = s.create("Support desk");

        ChatWidget clone = ok(s.api().clone(CloneRequest.of(s.location(), source.id()).withName("Night desk")),
                "clone with a name");

        assertThat(s.fetch(clone.id()).name()).as("name of a clone made with a name").isEqualTo("Night desk");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void clone_never_copies_the_default_flag() {
        Scenario s = scenario();
        ChatWidget source = s.create("the default");

        ChatWidget clone = ok(s.cloneOf(source.id()), "clone the default");

        assertThat(clone.isDefault()).as("a clone of the default").isFalse();
        defaultIs(s, source.id(), "cloning the default");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void clone_settings_are_a_deep_copy() {
        Scenario s = scenario();
        ChatWidget source = s.create(s.liveChat("source").withSettings(ContractSettings.rich()));
        ChatWidget clone = ok(s.cloneOf(source.id()), "clone");
        WidgetSettings nestedChange = WidgetSettings.of(ContractSettings.object("theme",
                ContractSettings.object("colors", JsonObject.builder().put("primary", new JsonString("#clone0")).build())));

        ok(s.patch(clone.id(), WidgetUpdate.none().withSettings(nestedChange)), "patch the clone's nested settings");
        assertThat(s.fetch(source.id()).settings()).as("source settings after the clone's settings changed")
                .isEqualTo(ContractSettings.rich());

        ok(s.replace(source.id(), WidgetUpdate.none().withSettings(ContractSettings.heading("source only"))),
                "replace the source's settings");
        assertThat(ContractSettings.at(s.fetch(clone.id()).settings(), "theme", "colors", "primary"))
                .as("clone settings after the source's settings changed").isEqualTo(new JsonString("#clone0"));
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void clone_of_an_unknown_widget_is_not_found() {
        Scenario s = scenario();
        s.create("someone");

        notFound(s.cloneOf(WidgetId.of(ContractIds.randomId())), "clone of an unknown widget");
    }

    @Test
    default void clone_refuses_a_source_that_is_not_live_chat_or_email_chat() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        for (ChatType type : List.of(ChatType.WA_CHAT, ChatType.VOICE_AI_CHAT, ChatType.ALL_IN_ONE_CHAT,
                ChatType.FACEBOOK_CHAT, ChatType.INSTAGRAM_CHAT, ChatType.of("tiktokChat"))) {
            ChatWidget source = s.seed(s.seedOf(type, type + " source"));
            long before = s.list(s.query()).totalCount();

            invalid(s.cloneOf(source.id()), "clone of a " + type + " widget");

            assertThat(s.list(s.query()).totalCount()).as("live widgets after a refused clone of %s", type)
                    .isEqualTo(before);
        }
    }
}
