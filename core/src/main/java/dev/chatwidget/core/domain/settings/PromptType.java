package dev.chatwidget.core.domain.settings;

import java.util.List;

/**
 * {@code promptType}: how the prompt shows. An open value, like chat types: the values documented since the
 * 2026-08-25 schema are constants, any other is kept as read ({@link #isKnown()} false).
 */
public record PromptType(String wireValue) {

    public static final PromptType AVATAR = new PromptType("avatar");
    public static final PromptType NORMAL = new PromptType("normal");

    /** The documented values, in the docs' order. */
    public static final List<PromptType> KNOWN = List.of(AVATAR, NORMAL);

    public PromptType {
        OpenValues.check(wireValue, "promptType");
    }

    /** The value for a wire value, known or not. */
    public static PromptType of(String wireValue) {
        return OpenValues.of(KNOWN, k -> k.wireValue.equals(wireValue), wireValue, PromptType::new);
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
