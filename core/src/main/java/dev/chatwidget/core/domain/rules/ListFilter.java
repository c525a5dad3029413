package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.settings.AdvanceSettings;
import dev.chatwidget.core.domain.settings.VoiceAiAgent;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rule 7 (filters): filters combine with AND; {@code webChat} expands to its four types; {@code allInOneChatTypes}
 * applies only when {@code chatType} is allInOneChat and matches {@code settings.advanceSettings.allInOneChatTypes};
 * {@code voiceAiAgentId} matches {@code settings.advanceSettings.voiceAiAgent.id}. Deleted widgets never match.
 */
public final class ListFilter {

    private ListFilter() {
    }

    public static Predicate<ChatWidget> of(ListQuery query) {
        Predicate<ChatWidget> p = ChatWidget::isLive;
        if (query.chatType().isPresent()) {
            ChatTypeFilter filter = query.chatType().get();
            p = p.and(w -> filter.matches(w.chatType()));
        }
        if (query.excludeChatType().isPresent()) {
            ChatType excluded = query.excludeChatType().get();
            p = p.and(w -> !excluded.equals(w.chatType()));
        }
        if (query.voiceAiAgentId().isPresent()) {
            String agent = query.voiceAiAgentId().get();
            p = p.and(w -> w.settings().advanceSettings().flatMap(AdvanceSettings::voiceAiAgent)
                    .flatMap(VoiceAiAgent::id).filter(agent::equals).isPresent());
        }
        if (allInOneApplies(query)) {
            Set<ChatType> wanted = expand(query.allInOneChatTypes());
            p = p.and(w -> {
                Set<ChatType> bundled = expand(w.settings().advanceSettings()
                        .map(AdvanceSettings::allInOneChatTypes).orElse(java.util.List.of()));
                bundled.retainAll(wanted);
                return !bundled.isEmpty();
            });
        }
        return p;
    }

    /** Whether the {@code allInOneChatTypes} filter takes part (it is ignored unless chatType is allInOneChat). */
    public static boolean allInOneApplies(ListQuery query) {
        return !query.allInOneChatTypes().isEmpty()
                && query.chatType().filter(f -> f.equals(ChatTypeFilter.only(ChatType.ALL_IN_ONE_CHAT))).isPresent();
    }

    private static Set<ChatType> expand(Iterable<ChatTypeFilter> filters) {
        Set<ChatType> out = new HashSet<>();
        filters.forEach(f -> out.addAll(f.types()));
        return out;
    }
}
