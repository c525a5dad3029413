package dev.chatwidget.core.application.auth;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Names refresh-lease holders uniquely on one host: this process's id and start time (a reused pid has another)
 * and a counter. Not a secret; a store checks it on release so an expired holder never frees the next one. Stores
 * shared across hosts add a random part of their own.
 */
public final class LeaseHolders {

    private static final ProcessHandle SELF = ProcessHandle.current();
    private static final String PROCESS = SELF.pid() + "-"
            + SELF.info().startInstant().map(start -> Long.toString(start.toEpochMilli())).orElse("0");
    private static final AtomicLong COUNTER = new AtomicLong();

    private LeaseHolders() {
    }

    /** A holder id never handed out before by any process on this host. */
    public static String next() {
        return PROCESS + "-" + COUNTER.incrementAndGet();
    }
}
