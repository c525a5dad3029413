package dev.chatwidget.core.domain.rules;

import static dev.chatwidget.core.domain.LocationScenario.LOCATION;
import static dev.chatwidget.core.domain.LocationScenario.T0;
import static dev.chatwidget.core.domain.LocationScenario.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationScenario;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.TestJson;
import dev.chatwidget.core.domain.settings.AdvanceSettings;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 7: lists are in createdAt-then-id order, and filters combine with AND. */
class ListOrderAndFilterTest {

    private static final ListQuery ALL = ListQuery.of(LOCATION).withLimit(100);

    private final LocationScenario scenario = new LocationScenario();

    @Test
    void list_orders_by_created_at_then_id() {
        scenario.seed(stored("b", ChatType.LIVE_CHAT, T0.plusSeconds(1)));
        scenario.seed(stored("a", ChatType.LIVE_CHAT, T0.plusSeconds(2)));
        scenario.seed(stored("c", ChatType.LIVE_CHAT, T0.plusSeconds(1)));
        scenario.seed(stored("z", ChatType.LIVE_CHAT, T0));

        assertThat(names(ALL)).containsExactly("widget z", "widget b", "widget c", "widget a");
        assertThat(ListOrder.COMPARATOR.compare(scenario.current(id("b")), scenario.current(id("c")))).isNegative();
        assertThat(ListOrder.compare(scenario.current(id("a")), scenario.current(id("c")))).isPositive();
    }

    @Test
    void webChat_filter_expands_to_four_types() {
        seedOneOfEachType();

        assertThat(types(ALL.withChatType(ChatTypeFilter.WEB_CHAT))).containsExactlyInAnyOrder(ChatType.FACEBOOK_CHAT,
                ChatType.EMAIL_CHAT, ChatType.INSTAGRAM_CHAT, ChatType.WA_CHAT);
        assertThat(types(ALL.withChatType(ChatTypeFilter.of("webChat")))).hasSize(4);
    }

    @Test
    void chat_type_filter_keeps_only_that_type_known_or_not() {
        seedOneOfEachType();

        assertThat(types(ALL.withChatType(ChatType.VOICE_AI_CHAT))).containsExactly(ChatType.VOICE_AI_CHAT);
        assertThat(types(ALL.withChatType(ChatType.of("futureChat")))).containsExactly(ChatType.of("futureChat"));
    }

    @Test
    void filters_combine_with_and() {
        seedOneOfEachType();

        assertThat(types(ALL.withChatType(ChatTypeFilter.WEB_CHAT).withExcludeChatType(ChatType.EMAIL_CHAT)))
                .containsExactlyInAnyOrder(ChatType.FACEBOOK_CHAT, ChatType.INSTAGRAM_CHAT, ChatType.WA_CHAT);
        assertThat(types(ALL.withChatType(ChatType.LIVE_CHAT).withExcludeChatType(ChatType.LIVE_CHAT))).isEmpty();
        assertThat(types(ALL.withExcludeChatType(ChatType.LIVE_CHAT))).hasSize(ChatType.KNOWN.size());
    }

    @Test
    void voiceAiAgentId_matches_the_agent_in_settings() {
        scenario.seed(withAdvance(stored("v1", ChatType.VOICE_AI_CHAT, T0), "{\"voiceAiAgent\":{\"id\":\"ag-1\"}}"));
        scenario.seed(withAdvance(stored("v2", ChatType.VOICE_AI_CHAT, T0), "{\"voiceAiAgent\":{\"id\":\"ag-2\"}}"));
        scenario.seed(stored("v3", ChatType.VOICE_AI_CHAT, T0));

        assertThat(names(ALL.withVoiceAiAgentId("ag-2"))).containsExactly("widget v2");
        assertThat(names(ALL.withVoiceAiAgentId("ag-2").withChatType(ChatType.LIVE_CHAT))).isEmpty();
    }

    @Test
    void allInOneChatTypes_matches_the_types_an_all_in_one_widget_bundles() {
        seedAllInOne("aio1", List.of(ChatTypeFilter.only(ChatType.LIVE_CHAT), ChatTypeFilter.only(ChatType.WA_CHAT)));
        seedAllInOne("aio2", List.of(ChatTypeFilter.WEB_CHAT));
        seedAllInOne("aio3", List.of());
        ListQuery allInOne = ALL.withChatType(ChatType.ALL_IN_ONE_CHAT);

        assertThat(names(allInOne)).hasSize(3);
        assertThat(names(allInOne.withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.LIVE_CHAT)))))
                .containsExactly("widget aio1");
        assertThat(names(allInOne.withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.INSTAGRAM_CHAT)))))
                .containsExactly("widget aio2");
        assertThat(names(allInOne.withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.WA_CHAT)))))
                .containsExactly("widget aio1", "widget aio2");
        assertThat(names(allInOne.withAllInOneChatTypes(List.of(ChatTypeFilter.WEB_CHAT))))
                .containsExactly("widget aio1", "widget aio2");
    }

    @Test
    void allInOneChatTypes_is_ignored_unless_chatType_is_allInOneChat() {
        seedOneOfEachType();
        List<ChatTypeFilter> onlyWa = List.of(ChatTypeFilter.only(ChatType.WA_CHAT));

        assertThat(types(ALL.withAllInOneChatTypes(onlyWa))).hasSize(ChatType.KNOWN.size() + 1);
        assertThat(types(ALL.withChatType(ChatType.LIVE_CHAT).withAllInOneChatTypes(onlyWa)))
                .containsExactly(ChatType.LIVE_CHAT);
        assertThat(types(ALL.withChatType(ChatTypeFilter.WEB_CHAT).withAllInOneChatTypes(onlyWa))).hasSize(4);
        assertThat(ListFilter.allInOneApplies(ALL.withChatType(ChatTypeFilter.WEB_CHAT).withAllInOneChatTypes(onlyWa)))
                .isFalse();
        assertThat(ListFilter.allInOneApplies(ALL.withChatType(ChatType.ALL_IN_ONE_CHAT))).isFalse();
        assertThat(ListFilter.allInOneApplies(ALL.withChatType(ChatType.ALL_IN_ONE_CHAT).withAllInOneChatTypes(onlyWa)))
                .isTrue();
    }

    @Test
    void list_with_all_in_one_filter_survives_blank_bundled_types_from_the_service() {
        scenario.seed(withAdvance(stored("aio", ChatType.ALL_IN_ONE_CHAT, T0), "{\"allInOneChatTypes\":[\"\",\"waChat\"]}"));
        ListQuery query = ALL.withChatType(ChatType.ALL_IN_ONE_CHAT)
                .withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.WA_CHAT)));

        assertThat(names(query)).containsExactly("widget aio");
    }

    private void seedOneOfEachType() {
        for (int i = 0; i < ChatType.KNOWN.size(); i++) {
            scenario.seed(stored("t" + i, ChatType.KNOWN.get(i), T0.plusSeconds(i)));
        }
        scenario.seed(stored("t-unknown", ChatType.of("futureChat"), T0.plusSeconds(99)));
    }

    private void seedAllInOne(String id, List<ChatTypeFilter> bundled) {
        ChatWidget widget = stored(id, ChatType.ALL_IN_ONE_CHAT, T0);
        WidgetSettings settings = WidgetSettings.EMPTY.withAdvanceSettings(
                new AdvanceSettings(JsonObject.EMPTY).withAllInOneChatTypes(bundled));
        scenario.seed(widget.withContent(widget.version(), widget.chatType(), widget.name(), settings, T0));
    }

    private static ChatWidget withAdvance(ChatWidget widget, String advanceSettings) {
        WidgetSettings settings = WidgetSettings.EMPTY.withAdvanceSettings(
                new AdvanceSettings(TestJson.object(advanceSettings)));
        return widget.withContent(widget.version(), widget.chatType(), widget.name(), settings, widget.updatedAt());
    }

    private List<String> names(ListQuery query) {
        return scenario.state().list(query).items().stream().map(WidgetSummary::name).toList();
    }

    private List<ChatType> types(ListQuery query) {
        return scenario.state().list(query).items().stream().map(WidgetSummary::chatType).toList();
    }

    private static WidgetId id(String value) {
        return WidgetId.of(value);
    }
}
