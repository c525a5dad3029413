package dev.chatwidget.core.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A chat type as a list filter: one type, or the {@code webChat} umbrella, which the API accepts only as a filter
 * and which means facebookChat, emailChat, instagramChat or waChat.
 */
public sealed interface ChatTypeFilter permits ChatTypeFilter.Only, ChatTypeFilter.WebChat {

    /** The wire value of the umbrella filter. */
    String WEB_CHAT_VALUE = "webChat";

    /** The four types {@code webChat} stands for. */
    Set<ChatType> WEB_CHAT_TYPES =
            Set.of(ChatType.FACEBOOK_CHAT, ChatType.EMAIL_CHAT, ChatType.INSTAGRAM_CHAT, ChatType.WA_CHAT);

    /** The umbrella filter. */
    ChatTypeFilter WEB_CHAT = new WebChat();

    static ChatTypeFilter only(ChatType type) {
        return new Only(type);
    }

    /** Parses a wire value: {@code webChat} or any chat type. */
    static ChatTypeFilter of(String wireValue) {
        return WEB_CHAT_VALUE.equals(wireValue) ? WEB_CHAT : new Only(ChatType.of(wireValue));
    }

    /** The types this filter lets through. */
    Set<ChatType> types();

    boolean matches(ChatType type);

    String wireValue();

    /** Exactly one chat type. */
    record Only(ChatType type) implements ChatTypeFilter {
        public Only {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Set<ChatType> types() {
            return Set.of(type);
        }

        @Override
        public boolean matches(ChatType candidate) {
            return type.equals(candidate);
        }

        @Override
        public String wireValue() {
            return type.wireValue();
        }

        @Override
        public String toString() {
            return wireValue();
        }
    }

    /** The {@code webChat} umbrella. */
    record WebChat() implements ChatTypeFilter {
        @Override
        public Set<ChatType> types() {
            return WEB_CHAT_TYPES;
        }

        @Override
        public boolean matches(ChatType candidate) {
            return WEB_CHAT_TYPES.contains(candidate);
        }

        @Override
        public String wireValue() {
            return WEB_CHAT_VALUE;
        }

        @Override
        public String toString() {
            return WEB_CHAT_VALUE;
        }
    }
}
