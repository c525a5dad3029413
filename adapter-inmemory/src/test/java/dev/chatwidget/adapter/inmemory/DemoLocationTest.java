package dev.chatwidget.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetIdFormat;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.in.ChatWidgets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoLocationTest {

    private final InMemoryFake fake = InMemoryFake.create();
    private final ChatWidgets widgets = fake.chatWidgets();

    @Test
    void demo_location_lists_six_live_widgets_oldest_first_with_one_default() {
        DemoLocation.seed(fake);

        List<WidgetSummary> live = widgets.list(ListQuery.of(DemoLocation.ID)).get().items();

        assertThat(live).extracting(WidgetSummary::chatType).containsExactly(ChatType.LIVE_CHAT,
                ChatType.EMAIL_CHAT, ChatType.WA_CHAT, ChatType.VOICE_AI_CHAT, ChatType.ALL_IN_ONE_CHAT,
                ChatType.FACEBOOK_CHAT);
        assertThat(live).filteredOn(WidgetSummary::isDefault).extracting(WidgetSummary::id)
                .containsExactly(DemoLocation.WEBSITE_LIVE_CHAT);
    }

    @Test
    void demo_ids_look_like_the_service_ids() {
        assertThat(DemoLocation.widgets()).allSatisfy(w -> assertThat(WidgetIdFormat.matches(w.id().get().value()))
                .isTrue());
    }

    @Test
    void demo_retired_widget_is_soft_deleted() {
        DemoLocation.seed(fake);

        assertThat(widgets.get(DemoLocation.ID, DemoLocation.OLD_PROMO).getLeft()).isInstanceOf(NotFound.class);
        assertThat(fake.stored(DemoLocation.ID, DemoLocation.OLD_PROMO)).get().extracting(ChatWidget::deleted)
                .isEqualTo(true);
    }

    @Test
    void demo_filters_find_the_voice_agent_and_the_all_in_one_bundle() {
        DemoLocation.seed(fake);

        ListQuery all = ListQuery.of(DemoLocation.ID);
        assertThat(widgets.list(all.withVoiceAiAgentId(DemoLocation.VOICE_AI_AGENT_ID)).get().items())
                .extracting(WidgetSummary::id).containsExactly(DemoLocation.VOICE_RECEPTIONIST);
        assertThat(widgets.list(all.withChatType(ChatType.ALL_IN_ONE_CHAT)
                        .withAllInOneChatTypes(List.of(ChatTypeFilter.of("waChat")))).get().items())
                .extracting(WidgetSummary::id).containsExactly(DemoLocation.ALL_IN_ONE);
        assertThat(widgets.list(all.withChatType(ChatTypeFilter.WEB_CHAT)).get().totalCount()).isEqualTo(3);
    }

    @Test
    void deleting_the_demo_default_promotes_the_support_email() {
        DemoLocation.seed(fake);

        widgets.delete(DemoLocation.ID, DemoLocation.WEBSITE_LIVE_CHAT);

        assertThat(widgets.get(DemoLocation.ID, DemoLocation.SUPPORT_EMAIL).get().isDefault()).isTrue();
    }
}
