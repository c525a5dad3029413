package dev.chatwidget.core.application.auth;

import java.time.Instant;

/** Who holds a location's refresh lease and until when (the in-memory and file stores keep it so). */
record LeaseTerm(String holder, Instant until) {

    boolean heldAt(Instant now) {
        return now.isBefore(until);
    }
}
