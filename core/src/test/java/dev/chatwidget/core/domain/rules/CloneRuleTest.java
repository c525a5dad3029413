package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.SOURCE;
import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.LocationWidgets;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdFormat;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.TestJson;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.Invalid;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule 6: a clone copies type, version and settings, never the default flag, and points back to its source. */
class CloneRuleTest {

    private static final WidgetSettings SETTINGS =
            WidgetSettings.of(TestJson.object("{\"heading\":\"Hi\",\"theme\":{\"name\":\"x\",\"unknown\":[1,{}]}}"));

    private final LocationScenario scenario = new LocationScenario();
    private final ChatWidget source = scenario.create(LocationScenario.newWidget("Sales")
            .withVersion(2).withSettings(SETTINGS));

    @Test
    void clone_copies_type_version_settings_and_sets_origin_id() {
        scenario.patch(source.id(), WidgetUpdate.none().withChatType(ChatType.EMAIL_CHAT));

        ChatWidget copy = scenario.cloneOf(CloneRequest.of(LOCATION, source.id())).get();

        assertThat(copy.chatType()).isEqualTo(ChatType.EMAIL_CHAT);
        assertThat(copy.version()).isEqualTo(2);
        assertThat(copy.settings()).isEqualTo(SETTINGS);
        assertThat(copy.originId()).contains(source.id());
        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(WidgetIdFormat.matches(copy.id().value())).isTrue();
        assertThat(copy.locationId()).isEqualTo(LOCATION);
        assertThat(copy.createdAt()).isEqualTo(scenario.now()).isEqualTo(copy.updatedAt());
        assertThat(copy.creationSource()).isEqualTo(SOURCE);
        assertThat(copy.deleted()).isFalse();
        assertThat(scenario.state().get(copy.id()).get()).isEqualTo(copy);
    }

    @Test
    void clone_never_copies_the_default_flag() {
        assertThat(source.isDefault()).isTrue();

        ChatWidget copy = scenario.cloneOf(CloneRequest.of(LOCATION, source.id())).get();

        assertThat(copy.isDefault()).isFalse();
        assertThat(scenario.state().defaultWidget().map(ChatWidget::id)).contains(source.id());
    }

    @Test
    void clone_is_named_as_asked_or_else_source_name_with_copy_suffix() {
        ChatWidget unnamed = scenario.cloneOf(CloneRequest.of(LOCATION, source.id())).get();
        ChatWidget named = scenario.cloneOf(CloneRequest.of(LOCATION, source.id()).withName("Sales EU")).get();

        assertThat(unnamed.name()).isEqualTo("Sales (copy)");
        assertThat(named.name()).isEqualTo("Sales EU");
        assertThat(CloneRule.cloneName(source, Optional.of(" "))).isEqualTo("Sales (copy)");
    }

    @Test
    void clone_settings_do_not_follow_later_changes_to_the_source() {
        ChatWidget copy = scenario.cloneOf(CloneRequest.of(LOCATION, source.id())).get();

        scenario.patch(source.id(), WidgetUpdate.none().withSettings(
                WidgetSettings.of(TestJson.object("{\"heading\":null,\"theme\":{\"name\":\"y\"}}"))));

        assertThat(scenario.current(copy.id()).settings()).isEqualTo(SETTINGS);
        assertThat(scenario.current(source.id()).settings()).isNotEqualTo(SETTINGS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Source.class)
    void clone_of_wa_chat_source_is_rejected(Source type) {
        ChatWidget wa = scenario.seed(stored("src", type.chatType, T0));
        LocationWidgets before = scenario.state();

        assertThat(scenario.cloneOf(CloneRequest.of(LOCATION, wa.id())).getLeft())
                .isInstanceOfSatisfying(Invalid.class, invalid -> {
                    assertThat(invalid.status()).isEqualTo(422);
                    assertThat(invalid.concerns("chatWidgetId")).isTrue();
                });
        assertThat(scenario.state()).isSameAs(before);
    }

    @Test
    void clone_with_a_blank_name_is_rejected() {
        assertThat(scenario.cloneOf(CloneRequest.of(LOCATION, source.id()).withName(" ")).getLeft())
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.concerns("name")).isTrue());
    }

    @Test
    void copy_of_takes_content_from_the_source_and_identity_from_the_arguments() {
        ChatWidget from = stored("src", ChatType.LIVE_CHAT, T0).withDefault(true, T0);

        ChatWidget copy = CloneRule.copyOf(from, WidgetId.of("new"), Optional.empty(),
                Optional.empty(), T0.plusSeconds(5));

        assertThat(copy).isEqualTo(new ChatWidget(WidgetId.of("new"), from.locationId(),
                from.version(), from.chatType(), "widget src (copy)", false, false, from.settings(), Optional.empty(),
                Optional.empty(), Optional.of(from.id()), T0.plusSeconds(5), T0.plusSeconds(5)));
    }

    /** Every stored type a clone refuses as its source. */
    enum Source {
        WA_CHAT(ChatType.WA_CHAT), ALL_IN_ONE(ChatType.ALL_IN_ONE_CHAT), VOICE_AI(ChatType.VOICE_AI_CHAT),
        FACEBOOK(ChatType.FACEBOOK_CHAT), INSTAGRAM(ChatType.INSTAGRAM_CHAT), UNKNOWN(ChatType.of("futureChat"));

        final ChatType chatType;

        Source(ChatType chatType) {
            this.chatType = chatType;
        }
    }
}
