package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.settings.AdvanceSettings;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reads of what writes cannot make (any stored type, unknown types, creation sources) and the public config. */
public interface ReadContract extends GatewayContractHooks {

    @Test
    default void unknown_chat_types_read_back_fine() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        ChatType future = ChatType.of("hologramChat");
        ChatWidget seeded = s.seed(s.seedOf(future, "from the future").withSettings(ContractSettings.rich()));

        ChatWidget read = s.fetch(seeded.id());
        List<WidgetSummary> listed = s.listAll();

        assertThat(read.chatType().wireValue()).as("unknown chatType read by get").isEqualTo("hologramChat");
        assertThat(read.chatType().isKnown()).as("an unknown chatType is marked unknown").isFalse();
        assertThat(read.settings()).as("settings of a widget of an unknown type").isEqualTo(ContractSettings.rich());
        assertThat(listed).extracting(WidgetSummary::chatType).as("unknown chatType read by list").containsExactly(future);
    }

    @Test
    default void stored_widgets_of_every_type_read_back_with_their_creation_source_and_origin() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        WidgetId origin = WidgetId.of(ContractIds.randomId());
        for (ChatType type : ChatType.KNOWN) {
            ChatWidget seeded = s.seed(s.seedOf(type, "seeded " + type).withVersion(2)
                    .withCreationSource("import-" + type).withUpdatedBy("user-42").withOriginId(origin));

            ChatWidget read = s.fetch(seeded.id());

            assertThat(read.chatType()).as("chatType of a stored %s widget", type).isEqualTo(type);
            assertThat(read.version()).as("version of a stored %s widget", type).isEqualTo(2);
            assertThat(read.creationSource()).as("creationSource of a stored %s widget", type).contains("import-" + type);
            assertThat(read.updatedBy()).as("updatedBy of a stored %s widget", type).contains("user-42");
            assertThat(read.originId()).as("originId of a stored %s widget", type).contains(origin);
        }
        assertThat(s.listAll()).extracting(WidgetSummary::creationSource).as("creationSource in list items")
                .allSatisfy(source -> assertThat(source).isPresent());
    }

    @Test
    default void stored_all_in_one_chat_widget_reads_back_its_bundled_types() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        ChatWidget seeded = s.seed(s.seedOf(ChatType.ALL_IN_ONE_CHAT, "all in one")
                .withSettings(ContractSettings.allInOne("waChat", "webChat", "smokeSignalChat")));

        List<ChatTypeFilter> bundled = s.fetch(seeded.id()).settings().advanceSettings()
                .map(AdvanceSettings::allInOneChatTypes).orElse(List.of());

        assertThat(bundled).extracting(ChatTypeFilter::wireValue).as("advanceSettings.allInOneChatTypes read back")
                .containsExactly("waChat", "webChat", "smokeSignalChat");
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void public_config_is_the_public_projection_of_a_live_widget() {
        Scenario s = scenario();
        s.require(GatewayCapability.PUBLIC_CONFIG);
        ChatWidget widget = s.create(s.emailChat("public").withVersion(2).withSettings(ContractSettings.rich()));

        PublicConfig config = ok(s.api().publicConfig(widget.id(), OptionalInt.empty()), "public config");

        assertThat(config.id()).as("public config id").isEqualTo(widget.id());
        assertThat(config.locationId()).as("public config locationId").isEqualTo(s.location());
        assertThat(config.chatType()).as("public config chatType").isEqualTo(ChatType.EMAIL_CHAT);
        assertThat(config.name()).as("public config name").isEqualTo("public");
        assertThat(config.version()).as("public config version").isEqualTo(2);
        assertThat(config.settings()).as("public config settings").isEqualTo(ContractSettings.rich());
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void public_config_follows_updates_and_accepts_a_version() {
        Scenario s = scenario();
        s.require(GatewayCapability.PUBLIC_CONFIG);
        ChatWidget widget = s.create("before");
        ok(s.patch(widget.id(), WidgetUpdate.none().withName("after")
                .withSettings(ContractSettings.heading("updated"))), "patch");

        PublicConfig config = ok(s.api().publicConfig(widget.id(), OptionalInt.of(widget.version())),
                "public config with version");

        assertThat(config.name()).as("public config name after an update").isEqualTo("after");
        assertThat(config.settings().heading()).as("public config heading after an update").contains("updated");
    }
}
