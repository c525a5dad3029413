package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.LocationWidgets;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.Invalid;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule 5: writes take chatType liveChat or emailChat only; everything else is a 422 naming chatType. */
class WritableChatTypesTest {

    private final LocationScenario scenario = new LocationScenario();

    static Stream<ChatType> otherTypes() {
        return Stream.of(ChatType.WA_CHAT, ChatType.ALL_IN_ONE_CHAT, ChatType.VOICE_AI_CHAT, ChatType.FACEBOOK_CHAT,
                ChatType.INSTAGRAM_CHAT, ChatType.of("webChat"), ChatType.of("someFutureChat"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherTypes")
    void writes_of_other_chat_types_are_rejected(ChatType type) {
        ChatWidget existing = scenario.create("existing");
        LocationWidgets before = scenario.state();

        assertRejectedForChatType(scenario.tryCreate(NewWidget.of(LOCATION, type, "new")).getLeft());
        assertRejectedForChatType(scenario.replace(existing.id(), WidgetUpdate.none().withChatType(type)).getLeft());
        assertRejectedForChatType(scenario.patch(existing.id(), WidgetUpdate.none().withChatType(type)).getLeft());
        assertThat(scenario.state()).isSameAs(before);
    }

    @Test
    void live_chat_and_email_chat_are_the_only_writable_types() {
        assertThat(ChatType.KNOWN.stream().filter(t -> WritableChatTypes.check(t).isEmpty()))
                .containsExactlyInAnyOrder(ChatType.LIVE_CHAT, ChatType.EMAIL_CHAT);
        assertThat(ChatType.KNOWN.stream().filter(t -> WritableChatTypes.checkCloneSource(t).isEmpty()))
                .containsExactlyInAnyOrder(ChatType.LIVE_CHAT, ChatType.EMAIL_CHAT);
    }

    @Test
    void writes_may_switch_between_live_chat_and_email_chat() {
        ChatWidget widget = scenario.create("switch");

        ChatWidget mail = scenario.patch(widget.id(), WidgetUpdate.none().withChatType(ChatType.EMAIL_CHAT)).get();
        ChatWidget live = scenario.replace(widget.id(), WidgetUpdate.none().withChatType(ChatType.LIVE_CHAT)).get();

        assertThat(mail.chatType()).isEqualTo(ChatType.EMAIL_CHAT);
        assertThat(live.chatType()).isEqualTo(ChatType.LIVE_CHAT);
    }

    @Test
    void updating_a_stored_widget_of_another_type_is_rejected_unless_it_names_a_writable_type() {
        ChatWidget wa = scenario.seed(stored("wa1", ChatType.WA_CHAT, T0));

        assertRejectedForChatType(scenario.patch(wa.id(), WidgetUpdate.none().withName("x")).getLeft());
        assertRejectedForChatType(scenario.replace(wa.id(), WidgetUpdate.none()).getLeft());
        assertThat(scenario.patch(wa.id(), WidgetUpdate.none().withChatType(ChatType.LIVE_CHAT)).get().chatType())
                .isEqualTo(ChatType.LIVE_CHAT);
    }

    @Test
    void the_violation_names_the_rejected_type() {
        assertThat(WritableChatTypes.check(ChatType.WA_CHAT)).hasValueSatisfying(v -> {
            assertThat(v.field()).contains("chatType");
            assertThat(v.rule()).contains("waChat").contains("liveChat").contains("emailChat");
        });
        assertThat(WritableChatTypes.checkCloneSource(ChatType.of("newChat"))).hasValueSatisfying(v -> {
            assertThat(v.field()).contains("chatWidgetId");
            assertThat(v.rule()).contains("newChat");
        });
    }

    private static void assertRejectedForChatType(Object error) {
        assertThat(error).isInstanceOfSatisfying(Invalid.class, invalid -> {
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.concerns("chatType")).isTrue();
        });
    }
}
