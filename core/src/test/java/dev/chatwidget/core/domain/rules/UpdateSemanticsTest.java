package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.TestJson;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rule 4: replace sets what it names and replaces settings whole; patch merges settings (RFC 7386). */
class UpdateSemanticsTest {

    private static final Instant LATER = T0.plusSeconds(3600);
    private static final WidgetSettings STORED = settings("""
            {"heading":"Hi","theme":{"name":"classic","colors":{"primary":"#fff","x-unknown":1}},
             "futureField":{"deep":[1,2]},"showPrompt":true}""");

    private final ChatWidget current = stored("w1", ChatType.LIVE_CHAT, T0)
            .withContent(2, ChatType.LIVE_CHAT, "Support", STORED, T0).withDefault(true, T0);

    @Test
    void patch_merges_settings_as_json_merge_patch() {
        WidgetUpdate update = WidgetUpdate.none().withSettings(settings("""
                {"heading":"Hello","theme":{"colors":{"primary":"#000"}},"showPrompt":null,"newKey":"v"}"""));

        ChatWidget patched = UpdateSemantics.patch(current, update, LATER);

        assertThat(patched.settings()).isEqualTo(settings("""
                {"heading":"Hello","theme":{"name":"classic","colors":{"primary":"#000","x-unknown":1}},
                 "futureField":{"deep":[1,2]},"newKey":"v"}"""));
    }

    @Test
    void replace_replaces_settings_whole() {
        WidgetSettings replacement = settings("""
                {"theme":{"colors":{"primary":"#000"}},"showPrompt":null}""");

        ChatWidget replaced = UpdateSemantics.replace(current, WidgetUpdate.none().withSettings(replacement), LATER);

        assertThat(replaced.settings()).isEqualTo(replacement);
        assertThat(replaced.settings().get("heading")).isEmpty();
    }

    @Test
    void replace_sets_every_field_it_names() {
        WidgetUpdate update = WidgetUpdate.none().withVersion(3).withChatType(ChatType.EMAIL_CHAT).withName("Mail")
                .withSettings(WidgetSettings.EMPTY);

        ChatWidget replaced = UpdateSemantics.replace(current, update, LATER);

        assertThat(replaced.version()).isEqualTo(3);
        assertThat(replaced.chatType()).isEqualTo(ChatType.EMAIL_CHAT);
        assertThat(replaced.name()).isEqualTo("Mail");
        assertThat(replaced.settings().isEmpty()).isTrue();
        assertThat(replaced.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_field_not_named_keeps_its_value_in_replace_and_in_patch() {
        WidgetUpdate renameOnly = WidgetUpdate.none().withName("Renamed");

        for (ChatWidget updated : new ChatWidget[] {UpdateSemantics.replace(current, renameOnly, LATER),
                UpdateSemantics.patch(current, renameOnly, LATER)}) {
            assertThat(updated.name()).isEqualTo("Renamed");
            assertThat(updated).usingRecursiveComparison().ignoringFields("name", "updatedAt").isEqualTo(current);
            assertThat(updated.updatedAt()).isEqualTo(LATER);
        }
    }

    @Test
    void empty_update_changes_only_the_update_time() {
        assertThat(UpdateSemantics.patch(current, WidgetUpdate.none(), LATER)).isEqualTo(
                current.withContent(current.version(), current.chatType(), current.name(), current.settings(), LATER));
        assertThat(UpdateSemantics.replace(current, WidgetUpdate.none(), LATER).settings()).isEqualTo(STORED);
    }

    @Test
    void update_semantics_leave_the_default_flag_to_rule_one() {
        ChatWidget patched = UpdateSemantics.patch(current, WidgetUpdate.none().withDefault(false), LATER);

        assertThat(patched.isDefault()).isTrue();
    }

    @Test
    void patch_through_the_aggregate_merges_and_replace_through_the_aggregate_replaces() {
        LocationScenario scenario = new LocationScenario();
        ChatWidget created = scenario.create(LocationScenario.newWidget("a").withSettings(STORED));
        WidgetSettings partial = settings("{\"heading\":\"Changed\"}");

        ChatWidget patched = scenario.patch(created.id(), WidgetUpdate.none().withSettings(partial)).get();
        assertThat(patched.settings()).isEqualTo(STORED.withHeading("Changed"));
        assertThat(scenario.current(created.id())).isEqualTo(patched);

        ChatWidget replaced = scenario.replace(created.id(), WidgetUpdate.none().withSettings(partial)).get();
        assertThat(replaced.settings()).isEqualTo(partial);
        assertThat(scenario.state().list(ListQuery.of(LocationScenario.LOCATION))
                .items().get(0).settings()).isEqualTo(partial);
    }

    private static WidgetSettings settings(String json) {
        return WidgetSettings.of(TestJson.object(json));
    }
}
