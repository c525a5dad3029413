package dev.chatwidget.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to list: a location, a page (offset, limit) and filters that combine with AND. Bounds are checked by the
 * service before any call (offset 0..10000, limit 1..100), so an out-of-range query is reported, not thrown.
 *
 * @param allInOneChatTypes     applies only when {@code chatType} is allInOneChat (ignored otherwise)
 * @param creationSource        only widgets made this way (widgets without a creationSource never match)
 * @param excludeCreationSource no widget made this way (widgets without a creationSource always pass)
 */
public record ListQuery(
        LocationId locationId,
        int offset,
        int limit,
        Optional<ChatTypeFilter> chatType,
        Optional<ChatType> excludeChatType,
        Optional<String> voiceAiAgentId,
        List<ChatTypeFilter> allInOneChatTypes,
        Optional<CreationSource> creationSource,
        Optional<CreationSource> excludeCreationSource) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public ListQuery {
        Objects.requireNonNull(locationId, "locationId");
        chatType = chatType == null ? Optional.empty() : chatType;
        excludeChatType = excludeChatType == null ? Optional.empty() : excludeChatType;
        voiceAiAgentId = voiceAiAgentId == null ? Optional.empty() : voiceAiAgentId;
        allInOneChatTypes = allInOneChatTypes == null ? List.of() : List.copyOf(allInOneChatTypes);
        creationSource = creationSource == null ? Optional.empty() : creationSource;
        excludeCreationSource = excludeCreationSource == null ? Optional.empty() : excludeCreationSource;
    }

    /** A query without the creation-source filters (the shape before they were documented). */
    public ListQuery(LocationId locationId, int offset, int limit, Optional<ChatTypeFilter> chatType,
                     Optional<ChatType> excludeChatType, Optional<String> voiceAiAgentId,
                     List<ChatTypeFilter> allInOneChatTypes) {
        this(locationId, offset, limit, chatType, excludeChatType, voiceAiAgentId, allInOneChatTypes,
                Optional.empty(), Optional.empty());
    }

    /** The first page of every widget in a location. */
    public static ListQuery of(LocationId locationId) {
        return new ListQuery(locationId, 0, DEFAULT_LIMIT, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
    }

    public ListQuery withOffset(int value) {
        return new ListQuery(locationId, value, limit, chatType, excludeChatType, voiceAiAgentId, allInOneChatTypes,
                creationSource, excludeCreationSource);
    }

    public ListQuery withLimit(int value) {
        return new ListQuery(locationId, offset, value, chatType, excludeChatType, voiceAiAgentId, allInOneChatTypes,
                creationSource, excludeCreationSource);
    }

    public ListQuery withChatType(ChatTypeFilter value) {
        return new ListQuery(locationId, offset, limit, Optional.of(value), excludeChatType, voiceAiAgentId,
                allInOneChatTypes, creationSource, excludeCreationSource);
    }

    public ListQuery withChatType(ChatType value) {
        return withChatType(ChatTypeFilter.only(value));
    }

    public ListQuery withExcludeChatType(ChatType value) {
        return new ListQuery(locationId, offset, limit, chatType, Optional.of(value), voiceAiAgentId,
                allInOneChatTypes, creationSource, excludeCreationSource);
    }

    public ListQuery withVoiceAiAgentId(String value) {
        return new ListQuery(locationId, offset, limit, chatType, excludeChatType, Optional.of(value),
                allInOneChatTypes, creationSource, excludeCreationSource);
    }

    public ListQuery withAllInOneChatTypes(List<ChatTypeFilter> value) {
        return new ListQuery(locationId, offset, limit, chatType, excludeChatType, voiceAiAgentId, value,
                creationSource, excludeCreationSource);
    }

    public ListQuery withCreationSource(CreationSource value) {
        return new ListQuery(locationId, offset, limit, chatType, excludeChatType, voiceAiAgentId, allInOneChatTypes,
                Optional.of(value), excludeCreationSource);
    }

    public ListQuery withExcludeCreationSource(CreationSource value) {
        return new ListQuery(locationId, offset, limit, chatType, excludeChatType, voiceAiAgentId, allInOneChatTypes,
                creationSource, Optional.of(value));
    }
}
