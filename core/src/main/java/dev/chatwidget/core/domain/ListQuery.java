package dev.chatwidget.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to list: a location, a page (offset, limit) and filters that combine with AND. Bounds are checked by the
 * service before any call (offset 0..10000, limit 1..100), so an out-of-range query is reported, not thrown.
 *
 * @param allInOneChatTypes applies only when {@code chatType} is allInOneChat (ignored otherwise)
 */
public record ListQuery(
        LocationId locationId,
        int offset,
        int limit,
        Optional<ChatTypeFilter> chatType,
        Optional<ChatType> excludeChatType,
        Optional<String> voiceAiAgentId,
        List<ChatTypeFilter> allInOneChatTypes) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public ListQuery {
        Objects.requireNonNull(locationId, "locationId");
        chatType = chatType == null ? Optional.empty() : chatType;
        excludeChatType = excludeChatType == null ? Optional.empty() : excludeChatType;
        voiceAiAgentId = voiceAiAgentId == null ? Optional.empty() : voiceAiAgentId;
        allInOneChatTypes = allInOneChatTypes == null ? List.of() : List.copyOf(allInOneChatTypes);
    }

    /** The first page of every widget in a location. */
    public static ListQuery of(LocationId locationId) {
        return new ListQuery(locationId, 0, DEFAULT_LIMIT, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
    }

    public ListQuery withOffset(int value) {
        return new ListQuery(locationId, value, limit, chatType, excludeChatType, voiceAiAgentId, allInOneChatTypes);
    }

    public ListQuery withLimit(int value) {
        return new ListQuery(locationId, offset, value, chatType, excludeChatType, voiceAiAgentId, allInOneChatTypes);
    }

    public ListQuery withChatType(ChatTypeFilter value) {
        return new ListQuery(locationId, offset, limit, Optional.of(value), excludeChatType, voiceAiAgentId,
                allInOneChatTypes);
    }

    public ListQuery withChatType(ChatType value) {
        return withChatType(ChatTypeFilter.only(value));
    }

    public ListQuery withExcludeChatType(ChatType value) {
        return new ListQuery(locationId, offset, limit, chatType, Optional.of(value), voiceAiAgentId,
                allInOneChatTypes);
    }

    public ListQuery withVoiceAiAgentId(String value) {
        return new ListQuery(locationId, offset, limit, chatType, excludeChatType, Optional.of(value),
                allInOneChatTypes);
    }

    public ListQuery withAllInOneChatTypes(List<ChatTypeFilter> value) {
        return new ListQuery(locationId, offset, limit, chatType, excludeChatType, voiceAiAgentId, value);
    }
}
