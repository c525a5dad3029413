package dev.chatwidget.core.application.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names refresh-lease holders uniquely across processes and hosts: this process's id, a nonce drawn once per
 * JVM, and a counter. Not a secret; a store checks it on release so an expired holder never frees the next one.
 */
public final class LeaseHolders {

    private static final String PROCESS = ProcessHandle.current().pid() + "-" + nonce();
    private static final AtomicLong COUNTER = new AtomicLong();

    private LeaseHolders() {
    }

    /** A holder id never handed out before by any process. */
    public static String next() {
        return PROCESS + "-" + COUNTER.incrementAndGet();
    }

    private static String nonce() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
