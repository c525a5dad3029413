package dev.chatwidget.testkit.contract;

import static dev.chatwidget.testkit.contract.ContractAssertions.ok;
import static dev.chatwidget.testkit.contract.ContractSettings.at;
import static dev.chatwidget.testkit.contract.ContractSettings.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonBoolean;
import dev.chatwidget.core.domain.json.JsonNull;
import dev.chatwidget.core.domain.json.JsonNumber;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.AdvanceSettings;
import dev.chatwidget.core.domain.settings.Dimensions;
import dev.chatwidget.core.domain.settings.Position;
import dev.chatwidget.core.domain.settings.PromptType;
import dev.chatwidget.core.domain.settings.Theme;
import dev.chatwidget.core.domain.settings.ThemeName;
import dev.chatwidget.core.domain.settings.Typography;
import dev.chatwidget.core.domain.settings.WidgetLocale;
import dev.chatwidget.core.domain.settings.WidgetPlacement;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Settings are lossless: what the library does not know survives every read and write untouched. */
public interface SettingsContract extends GatewayContractHooks {

    @Test
    @Tag(ContractTags.SAFE)
    default void unknown_settings_keys_at_any_depth_survive_create_get_replace_and_patch() {
        Scenario s = scenario();
        WidgetSettings rich = ContractSettings.rich();
        ChatWidget widget = s.create(s.liveChat("lossless").withSettings(rich));
        assertThat(widget.settings()).as("settings as create answered").isEqualTo(rich);
        assertThat(s.fetch(widget.id()).settings()).as("settings read back after create").isEqualTo(rich);

        WidgetSettings replaced = rich.withHeading("Replaced");
        ok(s.replace(widget.id(), WidgetUpdate.none().withSettings(replaced)), "replace settings");
        assertThat(s.fetch(widget.id()).settings()).as("settings read back after replace").isEqualTo(replaced);

        ok(s.patch(widget.id(), WidgetUpdate.none().withSettings(ContractSettings.heading("Patched"))), "patch heading");
        assertThat(s.fetch(widget.id()).settings()).as("settings read back after a patch of one key")
                .isEqualTo(rich.withHeading("Patched"));
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void unknown_enum_like_values_read_back_as_sent() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("future enums").withSettings(ContractSettings.rich()));

        WidgetSettings read = s.fetch(widget.id()).settings();

        assertThat(read.locale()).as("unknown locale").contains(WidgetLocale.of("tlh-KLINGON"));
        assertThat(read.promptType()).as("unknown promptType").contains(PromptType.of("hologram"));
        assertThat(read.widgetPlacement()).as("unknown widgetPlacement")
                .contains(WidgetPlacement.of("floating-top-center"));
        assertThat(read.theme().flatMap(Theme::name)).as("unknown theme.name").contains(ThemeName.of("aurora-2030"));
        assertThat(read.dimensions().flatMap(Dimensions::position)).as("unknown dimensions.position")
                .contains(Position.of("orbit-left"));
        assertThat(read.locale().orElseThrow().isKnown()).as("an unknown locale is not a known one").isFalse();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void the_current_schemas_enum_values_and_new_fields_read_back_typed() {
        Scenario s = scenario();
        WidgetSettings current = ContractSettings.current();
        ChatWidget widget = s.create(s.liveChat("current schema").withSettings(current));

        WidgetSettings read = s.fetch(widget.id()).settings();

        assertThat(read).as("settings read back").isEqualTo(current);
        assertThat(read.locale()).as("locale").contains(WidgetLocale.PT_BR);
        assertThat(read.promptType()).as("promptType").contains(PromptType.NORMAL);
        assertThat(read.widgetPlacement()).as("widgetPlacement").contains(WidgetPlacement.EMBEDDED);
        assertThat(read.chatType()).as("settings.chatType").contains(ChatType.EMAIL_CHAT);
        assertThat(read.theme().flatMap(Theme::name)).as("theme.name").contains(ThemeName.LAVENDER);
        assertThat(read.theme().flatMap(Theme::typography).flatMap(Typography::fontFamily))
                .as("theme.typography.fontFamily").contains("Lato");
        assertThat(read.dimensions().flatMap(Dimensions::position)).as("dimensions.position")
                .contains(Position.MIDDLE_RIGHT);
        assertThat(read.loadStrategy()).as("loadStrategy").contains("lazy");
        AdvanceSettings advance = read.advanceSettings().orElseThrow();
        assertThat(advance.allowAttachments()).as("allowAttachments").contains(true);
        assertThat(advance.supportingText()).as("supportingText").contains("We answer in minutes");
        assertThat(advance.contactFormOptions()).as("contactFormOptions").singleElement()
                .satisfies(o -> assertThat(o.picklistOptions()).hasSize(2));
        assertThat(advance.businessOfficeHours().orElseThrow().openHours()).as("openHours").singleElement()
                .satisfies(h -> assertThat(h.daysOfTheWeek()).containsExactly(1, 2));
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void patch_merges_settings_as_a_json_merge_patch() {
        Scenario s = scenario();
        WidgetSettings rich = ContractSettings.rich();
        ChatWidget widget = s.create(s.liveChat("merge").withSettings(rich));
        JsonArray newOptions = JsonArray.of(JsonObject.builder().put("label", "Phone").put("value", "phone").build());
        WidgetSettings patch = WidgetSettings.of(JsonObject.builder()
                .put("theme", JsonObject.builder().put("name", JsonNull.INSTANCE)
                        .put("colors", object("primary", new JsonString("#000000"))).build())
                .put("advanceSettings", JsonObject.builder().put("holographicMode", JsonNull.INSTANCE)
                        .put("contactFormOptions", newOptions).build())
                .put("showPrompt", false)
                .put("futureTopLevelFlag", JsonNull.INSTANCE)
                .put("addedByPatch", "yes")
                .build());

        ok(s.patch(widget.id(), WidgetUpdate.none().withSettings(patch)), "patch settings");

        WidgetSettings read = s.fetch(widget.id()).settings();
        assertThat(at(read, "theme", "colors", "primary")).as("a nested key the patch set").isEqualTo(new JsonString("#000000"));
        assertThat(at(read, "theme", "colors", "futureShade")).as("a nested sibling the patch did not name")
                .isEqualTo(at(rich, "theme", "colors", "futureShade"));
        assertThat(at(read, "theme", "typography")).as("a nested object the patch did not name")
                .isEqualTo(at(rich, "theme", "typography"));
        assertThat(at(read, "theme", "name")).as("a nested key the patch set to null").isNull();
        assertThat(at(read, "advanceSettings", "holographicMode")).as("an unknown nested key set to null").isNull();
        assertThat(at(read, "advanceSettings", "contactFormOptions")).as("an array is replaced whole")
                .isEqualTo(newOptions);
        assertThat(at(read, "advanceSettings", "businessOfficeHours")).as("a nested object the patch did not name")
                .isEqualTo(at(rich, "advanceSettings", "businessOfficeHours"));
        assertThat(at(read, "futureTopLevelFlag")).as("a top-level key set to null").isNull();
        assertThat(at(read, "showPrompt")).as("a top-level key the patch set").isEqualTo(JsonBoolean.FALSE);
        assertThat(at(read, "addedByPatch")).as("a key the patch added").isEqualTo(new JsonString("yes"));
        for (String untouched : List.of("heading", "locale", "chatIcon", "dimensions", "ratio", "futureList")) {
            assertThat(at(read, untouched)).as("top-level key %s the patch did not name", untouched)
                    .isEqualTo(at(rich, untouched));
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void patch_without_settings_keeps_them_and_replace_with_empty_settings_clears_them() {
        Scenario s = scenario();
        ChatWidget widget = s.create(s.liveChat("w").withSettings(ContractSettings.rich()));

        ok(s.patch(widget.id(), WidgetUpdate.none().withName("renamed")), "patch without settings");
        assertThat(s.fetch(widget.id()).settings()).as("settings after a patch not naming them")
                .isEqualTo(ContractSettings.rich());

        ok(s.replace(widget.id(), WidgetUpdate.none().withSettings(WidgetSettings.EMPTY)), "replace with {}");
        assertThat(s.fetch(widget.id()).settings().isEmpty()).as("settings after a replace with {}").isTrue();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void chat_icon_of_any_json_type_survives() {
        Scenario s = scenario();
        ChatWidget widget = s.create("icons");
        List<JsonValue> icons = List.of(new JsonString("https://example.com/icon.svg"), JsonNumber.of(7),
                JsonBoolean.TRUE, JsonArray.of(new JsonString("a"), JsonNumber.of(1)),
                JsonObject.builder().put("type", "emoji").put("value", "\uD83D\uDCAC").build());

        for (JsonValue icon : icons) {
            ok(s.replace(widget.id(), WidgetUpdate.none().withSettings(WidgetSettings.EMPTY.with("chatIcon", icon))),
                    "replace chatIcon " + icon);
            assertThat(s.fetch(widget.id()).settings().chatIcon()).as("chatIcon read back").contains(icon);
        }
    }
}
