package dev.chatwidget.adapter.http;

import dev.chatwidget.core.domain.auth.AccessToken;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Masks the exact token a call sent wherever the response echoes it (some proxies and debugging endpoints echo
 * request headers), before the body becomes part of an error value that callers log. Patterns catch
 * {@code Bearer x} and {@code "token": "x"}; only this catches the bare token in prose.
 */
final class TokenEcho {

    static final String MASK = "****";
    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.US_ASCII);

    private TokenEcho() {
    }

    /** {@code body} with every occurrence of the token replaced by {@link #MASK} (the same array if none). */
    static byte[] masked(byte[] body, AccessToken token) {
        byte[] secret = token.reveal().getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, secret, 0);
        if (at < 0) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int from = 0;
        while (at >= 0) {
            out.write(body, from, at - from);
            out.write(MASK_BYTES, 0, MASK_BYTES.length);
            from = at + secret.length;
            at = indexOf(body, secret, from);
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    /** {@code body} with the token masked, when there is one. */
    static byte[] masked(byte[] body, Optional<AccessToken> token) {
        return token.isPresent() ? masked(body, token.get()) : body;
    }

    /**
     * The first bytes of a body with the token masked; when the body went on past {@code head}, a token cut off at
     * its end is dropped too (its start alone is still a secret).
     */
    static byte[] maskedHead(byte[] head, boolean bodyGoesOn, Optional<AccessToken> token) {
        if (token.isEmpty()) {
            return head;
        }
        byte[] masked = masked(head, token.get());
        if (!bodyGoesOn) {
            return masked;
        }
        byte[] secret = token.get().reveal().getBytes(StandardCharsets.US_ASCII);
        for (int cut = Math.min(secret.length - 1, masked.length); cut > 0; cut--) {
            if (Arrays.equals(masked, masked.length - cut, masked.length, secret, 0, cut)) {
                return Arrays.copyOf(masked, masked.length - cut);
            }
        }
        return masked;
    }

    /** {@code text} with the token masked, when there is one. */
    static String masked(String text, Optional<AccessToken> token) {
        return token.isPresent() ? masked(text, token.get()) : text;
    }

    /** {@code text} with every occurrence of the token replaced by {@link #MASK}. */
    static String masked(String text, AccessToken token) {
        return text.replace(token.reveal(), MASK);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
