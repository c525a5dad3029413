package dev.chatwidget.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rule 7 (filters): chatType, the webChat umbrella, excludeChatType, voiceAiAgentId, allInOneChatTypes; AND. */
public interface FilterContract extends GatewayContractHooks {

    /** The ids a query lists (every page), with totalCount checked against them. */
    private static List<WidgetId> ids(Scenario s, ListQuery query) {
        Page<WidgetSummary> first = s.list(query.withLimit(ListQuery.MAX_LIMIT));
        List<WidgetId> ids = s.listAll(query).stream().map(WidgetSummary::id).toList();
        assertThat(first.totalCount()).as("totalCount of %s", Scenario.describe(query)).isEqualTo(ids.size());
        return ids;
    }

    /** Seeds one live widget of each known type and one of an unknown type (a distractor); the ids by type. */
    private static Map<ChatType, WidgetId> seedEveryType(Scenario s) {
        Map<ChatType, WidgetId> byType = new LinkedHashMap<>();
        for (ChatType type : ChatType.KNOWN) {
            byType.put(type, s.seed(s.seedOf(type, type.wireValue())).id());
        }
        ChatType unknown = ChatType.of("tiktokChat");
        byType.put(unknown, s.seed(s.seedOf(unknown, "tiktok")).id());
        return byType;
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void chat_type_filter_keeps_only_that_type() {
        Scenario s = scenario();
        WidgetId live = s.create("live").id();
        WidgetId email = s.create(s.emailChat("email")).id();

        assertThat(ids(s, s.query().withChatType(ChatType.LIVE_CHAT))).as("chatType=liveChat").containsExactly(live);
        assertThat(ids(s, s.query().withChatType(ChatType.EMAIL_CHAT))).as("chatType=emailChat").containsExactly(email);
        assertThat(ids(s, s.query().withChatType(ChatType.WA_CHAT))).as("chatType=waChat").isEmpty();
    }

    @Test
    default void chat_type_filter_matches_each_known_stored_type() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        Map<ChatType, WidgetId> byType = seedEveryType(s);

        for (ChatType type : ChatType.KNOWN) {
            assertThat(ids(s, s.query().withChatType(type))).as("chatType=%s", type).containsExactly(byType.get(type));
        }
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void web_chat_filter_takes_email_chat_but_not_live_chat() {
        Scenario s = scenario();
        s.create("live");
        WidgetId email = s.create(s.emailChat("email")).id();

        assertThat(ids(s, s.query().withChatType(ChatTypeFilter.WEB_CHAT))).as("chatType=webChat").containsExactly(email);
    }

    @Test
    default void web_chat_filter_means_facebook_email_instagram_and_wa_chat() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        Map<ChatType, WidgetId> byType = seedEveryType(s);

        assertThat(ids(s, s.query().withChatType(ChatTypeFilter.WEB_CHAT))).as("chatType=webChat")
                .containsExactlyInAnyOrder(byType.get(ChatType.FACEBOOK_CHAT), byType.get(ChatType.EMAIL_CHAT),
                        byType.get(ChatType.INSTAGRAM_CHAT), byType.get(ChatType.WA_CHAT));
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void exclude_chat_type_drops_only_that_type() {
        Scenario s = scenario();
        WidgetId live = s.create("live").id();
        WidgetId email = s.create(s.emailChat("email")).id();

        assertThat(ids(s, s.query().withExcludeChatType(ChatType.LIVE_CHAT))).as("excludeChatType=liveChat")
                .containsExactly(email);
        assertThat(ids(s, s.query().withExcludeChatType(ChatType.WA_CHAT))).as("excludeChatType=waChat")
                .containsExactlyInAnyOrder(live, email);
    }

    @Test
    default void filters_combine_with_and() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        Map<ChatType, WidgetId> byType = seedEveryType(s);

        assertThat(ids(s, s.query().withChatType(ChatTypeFilter.WEB_CHAT).withExcludeChatType(ChatType.EMAIL_CHAT)))
                .as("chatType=webChat AND excludeChatType=emailChat")
                .containsExactlyInAnyOrder(byType.get(ChatType.FACEBOOK_CHAT), byType.get(ChatType.INSTAGRAM_CHAT),
                        byType.get(ChatType.WA_CHAT));
        assertThat(ids(s, s.query().withChatType(ChatType.LIVE_CHAT).withExcludeChatType(ChatType.LIVE_CHAT)))
                .as("chatType=liveChat AND excludeChatType=liveChat").isEmpty();
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void voice_ai_agent_id_filter_matches_settings_advance_settings_voice_ai_agent_id() {
        Scenario s = scenario();
        WidgetId agentA = s.create(s.liveChat("agent A").withSettings(ContractSettings.voiceAgent("agentA"))).id();
        WidgetId agentAEmail = s.create(s.emailChat("agent A too").withSettings(ContractSettings.voiceAgent("agentA"))).id();
        s.create(s.liveChat("agent B").withSettings(ContractSettings.voiceAgent("agentB")));
        s.create("no agent");

        assertThat(ids(s, s.query().withVoiceAiAgentId("agentA"))).as("voiceAiAgentId=agentA")
                .containsExactlyInAnyOrder(agentA, agentAEmail);
        assertThat(ids(s, s.query().withVoiceAiAgentId("agentA").withChatType(ChatType.EMAIL_CHAT)))
                .as("voiceAiAgentId=agentA AND chatType=emailChat").containsExactly(agentAEmail);
        assertThat(ids(s, s.query().withVoiceAiAgentId("nobody"))).as("voiceAiAgentId=nobody").isEmpty();
    }

    @Test
    default void all_in_one_chat_types_filter_matches_advance_settings_when_chat_type_is_all_in_one_chat() {
        Scenario s = scenario();
        s.require(GatewayCapability.SEEDING);
        WidgetId waAndFb = s.seed(s.seedOf(ChatType.ALL_IN_ONE_CHAT, "wa+fb")
                .withSettings(ContractSettings.allInOne("waChat", "facebookChat"))).id();
        WidgetId live = s.seed(s.seedOf(ChatType.ALL_IN_ONE_CHAT, "live")
                .withSettings(ContractSettings.allInOne("liveChat"))).id();
        s.seed(s.seedOf(ChatType.ALL_IN_ONE_CHAT, "none"));
        s.seed(s.seedOf(ChatType.LIVE_CHAT, "not all-in-one").withSettings(ContractSettings.allInOne("waChat")));
        ListQuery allInOne = s.query().withChatType(ChatType.ALL_IN_ONE_CHAT);

        assertThat(ids(s, allInOne.withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.WA_CHAT)))))
                .as("chatType=allInOneChat, allInOneChatTypes=waChat").containsExactly(waAndFb);
        assertThat(ids(s, allInOne.withAllInOneChatTypes(List.of(ChatTypeFilter.only(ChatType.LIVE_CHAT),
                ChatTypeFilter.only(ChatType.FACEBOOK_CHAT)))))
                .as("chatType=allInOneChat, allInOneChatTypes=liveChat,facebookChat")
                .containsExactlyInAnyOrder(waAndFb, live);
        assertThat(ids(s, allInOne.withAllInOneChatTypes(List.of(ChatTypeFilter.WEB_CHAT))))
                .as("chatType=allInOneChat, allInOneChatTypes=webChat").containsExactly(waAndFb);
    }

    @Test
    @Tag(ContractTags.SAFE)
    default void all_in_one_chat_types_filter_is_ignored_unless_chat_type_is_all_in_one_chat() {
        Scenario s = scenario();
        WidgetId bundling = s.create(s.liveChat("bundles wa").withSettings(ContractSettings.allInOne("waChat"))).id();
        WidgetId plain = s.create("plain").id();
        WidgetId email = s.create(s.emailChat("email")).id();
        List<ChatTypeFilter> instagramOnly = List.of(ChatTypeFilter.only(ChatType.INSTAGRAM_CHAT));

        assertThat(ids(s, s.query().withAllInOneChatTypes(instagramOnly)))
                .as("allInOneChatTypes=instagramChat without chatType").containsExactlyInAnyOrder(bundling, plain, email);
        assertThat(ids(s, s.query().withChatType(ChatType.LIVE_CHAT).withAllInOneChatTypes(instagramOnly)))
                .as("allInOneChatTypes=instagramChat with chatType=liveChat").containsExactlyInAnyOrder(bundling, plain);
    }
}
