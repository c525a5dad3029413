package dev.chatwidget.core.domain;

import java.util.random.RandomGenerator;

/** Rule 8: ids are 20 characters of [A-Za-z0-9], like the service's. */
public final class WidgetIdFormat {

    public static final int LENGTH = 20;
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private WidgetIdFormat() {
    }

    public static boolean matches(String id) {
        if (id == null || id.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (ALPHABET.indexOf(id.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** An id source drawing from {@code random} (inject a seeded generator for repeatable ids). */
    public static WidgetIdSource randomSource(RandomGenerator random) {
        return () -> {
            char[] chars = new char[LENGTH];
            synchronized (random) {
                for (int i = 0; i < LENGTH; i++) {
                    chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                }
            }
            return new WidgetId(new String(chars));
        };
    }
}
