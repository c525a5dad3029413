package dev.chatwidget.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The type of a chat widget. An open set: the seven known types are constants, and any other value the service
 * returns is kept as it was read ({@link #isKnown()} is then false) rather than rejected.
 */
public record ChatType(String wireValue) {

    public static final ChatType LIVE_CHAT = new ChatType("liveChat");
    public static final ChatType WA_CHAT = new ChatType("waChat");
    public static final ChatType EMAIL_CHAT = new ChatType("emailChat");
    public static final ChatType ALL_IN_ONE_CHAT = new ChatType("allInOneChat");
    public static final ChatType VOICE_AI_CHAT = new ChatType("voiceAiChat");
    public static final ChatType FACEBOOK_CHAT = new ChatType("facebookChat");
    public static final ChatType INSTAGRAM_CHAT = new ChatType("instagramChat");

    /** The seven types the API documents, in its order. */
    public static final List<ChatType> KNOWN =
            List.of(LIVE_CHAT, WA_CHAT, EMAIL_CHAT, ALL_IN_ONE_CHAT, VOICE_AI_CHAT, FACEBOOK_CHAT, INSTAGRAM_CHAT);

    /** The only types a create, replace, patch or clone may write. */
    public static final Set<ChatType> WRITABLE = Set.of(LIVE_CHAT, EMAIL_CHAT);

    public ChatType {
        Objects.requireNonNull(wireValue, "chatType");
        if (wireValue.isBlank()) {
            throw new IllegalArgumentException("chatType must not be blank");
        }
    }

    /** The type for a wire value, known or not. */
    public static ChatType of(String wireValue) {
        for (ChatType known : KNOWN) {
            if (known.wireValue.equals(wireValue)) {
                return known;
            }
        }
        return new ChatType(wireValue);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    public boolean isWritable() {
        return WRITABLE.contains(this);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
