package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.error.Violation;
import java.util.Optional;

/** Rule 5: writes take chatType liveChat or emailChat only; clone refuses sources of any other type. */
public final class WritableChatTypes {

    private WritableChatTypes() {
    }

    public static Optional<Violation> check(ChatType type) {
        return type.isWritable()
                ? Optional.empty()
                : Optional.of(Violation.of("chatType", "must be liveChat or emailChat (was " + type.wireValue() + ")"));
    }

    public static Optional<Violation> checkCloneSource(ChatType sourceType) {
        return sourceType.isWritable()
                ? Optional.empty()
                : Optional.of(Violation.of("chatWidgetId",
                "the source widget's chatType must be liveChat or emailChat to be cloned (was " + sourceType.wireValue() + ")"));
    }
}
