package dev.chatwidget.core.domain.rules;

import dev.chatwidget.core.domain.ChatWidget;
import java.util.Optional;

/** Rule 2: deleting the default promotes the earliest-created remaining live widget (ties broken by id). */
public final class DefaultPromotion {

    private DefaultPromotion() {
    }

    /** The successor among live widgets given in list order (rule 7), excluding the one being deleted. */
    public static Optional<ChatWidget> successor(Iterable<ChatWidget> liveInListOrder, ChatWidget deleted) {
        for (ChatWidget candidate : liveInListOrder) {
            if (!candidate.id().equals(deleted.id())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
