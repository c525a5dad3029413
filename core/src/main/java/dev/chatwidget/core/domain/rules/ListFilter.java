package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatTypeFilter;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CreationSource;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.json.JsonArray;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonString;
import dev.chatwidget.core.domain.json.JsonValue;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rule 7 (filters): filters combine with AND; {@code webChat} expands to its four types; {@code allInOneChatTypes}
 * applies only when {@code chatType} is allInOneChat and matches {@code settings.advanceSettings.allInOneChatTypes};
 * {@code voiceAiAgentId} matches {@code settings.advanceSettings.voiceAiAgent.id}; {@code creationSource} keeps
 * only widgets made that way and {@code excludeCreationSource} drops them (a widget without a creation source is
 * never "made that way"). Deleted widgets never match.
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
            p = p.and(w -> hasVoiceAiAgent(w, agent));
        }
        if (query.creationSource().isPresent()) {
            CreationSource wanted = query.creationSource().get();
            p = p.and(w -> wanted.matches(w.creationSource()));
        }
        if (query.excludeCreationSource().isPresent()) {
            CreationSource unwanted = query.excludeCreationSource().get();
            p = p.and(w -> !unwanted.matches(w.creationSource()));
        }
        if (allInOneApplies(query)) {
            Set<ChatType> wanted = expand(query.allInOneChatTypes());
            p = p.and(w -> bundlesAnyOf(w, wanted));
        }
        return p;
    }

    // These two read the JSON directly rather than through the typed views (AdvanceSettings, VoiceAiAgent): same
    // paths and answers, without a chain of Optionals and view records per widget when a list has to scan.

    /** {@code settings.advanceSettings.voiceAiAgent.id} equals {@code agent}. */
    private static boolean hasVoiceAiAgent(ChatWidget w, String agent) {
        return voiceAiAgentId(w).filter(agent::equals).isPresent();
    }

    /** The {@code settings.advanceSettings.voiceAiAgent.id} the {@code voiceAiAgentId} filter matches, if any. */
    public static Optional<String> voiceAiAgentId(ChatWidget w) {
        JsonObject voice = object(object(w.settings().json(), "advanceSettings"), "voiceAiAgent");
        return voice != null && voice.members().get("id") instanceof JsonString id
                ? Optional.of(id.value()) : Optional.empty();
    }

    /** Some string of {@code settings.advanceSettings.allInOneChatTypes}, as a chat type filter, meets {@code wanted}. */
    private static boolean bundlesAnyOf(ChatWidget w, Set<ChatType> wanted) {
        JsonObject advance = object(w.settings().json(), "advanceSettings");
        if (advance == null || !(advance.members().get("allInOneChatTypes") instanceof JsonArray bundled)) {
            return false;
        }
        boolean any = false;
        for (JsonValue value : bundled.values()) {
            if (value instanceof JsonString type && !type.value().isBlank()) {
                for (ChatType t : ChatTypeFilter.of(type.value()).types()) {
                    any |= wanted.contains(t);
                }
            }
        }
        return any;
    }

    private static JsonObject object(JsonObject parent, String key) {
        return parent != null && parent.members().get(key) instanceof JsonObject child ? child : null;
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
