package dev.chatwidget.testkit.fake;

import static dev.chatwidget.testkit.assertions.ChatWidgetAssertions.assertThat;

import dev.chatwidget.adapter.inmemory.DemoLocation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WidgetsTest {

    private final FakeChatWidgets fake = FakeChatWidgets.create();
    private final LocationId location = LocationId.of("loc-seed");

    @Test
    void demo_location_has_several_chat_types_and_exactly_one_default() {
        List<ChatWidget> demo = fake.seedDemo();

        assertThat(demo).extracting(ChatWidget::chatType).contains(ChatType.LIVE_CHAT, ChatType.WA_CHAT,
                ChatType.VOICE_AI_CHAT, ChatType.ALL_IN_ONE_CHAT, ChatType.FACEBOOK_CHAT);
        assertThat(fake.liveWidgets(DemoLocation.ID)).filteredOn(ChatWidget::isDefault).hasSize(1);
        assertThat(fake.defaultWidget(DemoLocation.ID)).hasValueSatisfying(w -> assertThat(w).hasName("Website Live Chat"));
    }

    @Test
    void seeded_voice_ai_and_all_in_one_widgets_match_their_filters() {
        fake.seed(Widgets.voiceAiChat(location, "Voice", "agent-7"),
                Widgets.allInOneChat(location, "All", List.of(ChatTypeFilter.WEB_CHAT)),
                Widgets.liveChat(location, "Live"));

        assertThat(fake.chatWidgets().list(ListQuery.of(location).withVoiceAiAgentId("agent-7")).get())
                .hasTotalCount(1).allHaveChatTypeIn(ChatType.VOICE_AI_CHAT);
        assertThat(fake.chatWidgets().list(ListQuery.of(location).withChatType(ChatType.ALL_IN_ONE_CHAT)
                .withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.WA_CHAT)))).get())
                .hasTotalCount(1).allHaveChatTypeIn(ChatType.ALL_IN_ONE_CHAT);
    }

    @Test
    void a_widget_of_an_unknown_chat_type_is_stored_and_read_back() {
        ChatWidget future = fake.seed(Widgets.ofType(location, "tiktokChat", "Future"));

        assertThat(fake.chatWidgets().get(location, future.id()).get()).hasChatType(ChatType.of("tiktokChat"));
        assertThat(future.chatType().isKnown()).isFalse();
    }

    @Test
    void the_default_fake_is_repeatable() {
        ChatWidget first = FakeChatWidgets.create().seed(Widgets.liveChat(location, "Same"));
        ChatWidget second = FakeChatWidgets.create().seed(Widgets.liveChat(location, "Same"));

        assertThat(first).isEqualTo(second);
    }
}
