package dev.chatwidget.testkit.assertions;

import static dev.chatwidget.testkit.assertions.ChatWidgetAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.testkit.fake.FakeChatWidgets;
import dev.chatwidget.testkit.fake.Widgets;
import org.junit.jupiter.api.Test;

class ChatWidgetAssertionsTest {

    private final FakeChatWidgets fake = FakeChatWidgets.create();
    private final LocationId location = LocationId.of("loc-assert");

    @Test
    void widget_assertions_pass_on_matching_widgets_and_fail_with_a_clear_message_otherwise() {
        ChatWidget widget = fake.seed(Widgets.liveChat(location, "Front desk"));

        assertThat(widget).isDefault().isLive().hasChatType(ChatType.LIVE_CHAT).hasName("Front desk")
                .hasSetting("heading", "Front desk").hasNoSetting("nope");
        assertThatThrownBy(() -> assertThat(widget).hasChatType(ChatType.EMAIL_CHAT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("emailChat").hasMessageContaining("liveChat");
        assertThatThrownBy(() -> assertThat(widget).isNotDefault()).hasMessageContaining("not to be the default");
    }

    @Test
    void page_assertions_check_count_order_and_types() {
        ChatWidget a = fake.seed(Widgets.liveChat(location, "A"));
        ChatWidget b = fake.seed(Widgets.emailChat(location, "B"));
        var page = fake.chatWidgets().list(ListQuery.of(location)).get();

        assertThat(page).hasTotalCount(2).hasSize(2).containsExactlyIds(a.id(), b.id()).hasExactlyOneDefault()
                .allHaveChatTypeIn(ChatType.LIVE_CHAT, ChatType.EMAIL_CHAT);
        assertThatThrownBy(() -> assertThat(page).containsExactlyIds(b.id(), a.id()))
                .hasMessageContaining("Expected page ids");
    }

    @Test
    void result_and_error_assertions_tell_success_from_failure() {
        var missing = fake.chatWidgets().get(location, WidgetId.of("nope"));
        var invalid = fake.chatWidgets().create(NewWidget.of(location, ChatType.LIVE_CHAT, " "));

        assertThat(missing).failed().isNotFound().hasStatus(404);
        assertThat(invalid).failed().isInvalid().concernsField("name");
        assertThatThrownBy(() -> assertThat(missing).succeeded()).hasMessageContaining("NotFound");
        assertThatThrownBy(() -> assertThat(invalid).failed().concernsField("version"))
                .hasMessageContaining("version");
    }
}
