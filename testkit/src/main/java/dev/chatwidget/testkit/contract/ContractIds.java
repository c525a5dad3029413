package dev.chatwidget.testkit.contract;

import dev.chatwidget.core.domain.LocationId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Ids for contract tests, shaped like the service's (rule 8). */
public final class ContractIds {

    /** Rule 8: 20 characters of [A-Za-z0-9]. */
    public static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9]{20}");

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private ContractIds() {
    }

    /** A random location id; collisions across tests are practically impossible. */
    public static LocationId randomLocation() {
        return LocationId.of(randomId());
    }

    /** 20 random characters of [A-Za-z0-9]. */
    public static String randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] chars = new char[20];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
