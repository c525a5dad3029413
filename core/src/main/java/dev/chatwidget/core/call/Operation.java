package dev.chatwidget.core.call;

/** The eight API operations, with what retry logic needs to know about each. */
public enum Operation {
    LIST(true), GET(true), REPLACE(true), PATCH(true), PUBLIC_CONFIG(true), DELETE(true), CLONE(false), CREATE(false);

    private final boolean idempotent;

    Operation(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** Whether repeating the operation cannot change the outcome (so it may be retried after an ambiguous failure). */
    public boolean idempotent() {
        return idempotent;
    }
}
