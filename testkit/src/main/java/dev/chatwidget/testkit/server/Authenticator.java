package dev.chatwidget.testkit.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Turns an {@code Authorization} header into what the token may reach: first the tokens the server was given, then each
 * external validator in the order they were added. Never logs a token.
 */
final class Authenticator {

    private final Map<String, TokenAccess> tokens = new ConcurrentHashMap<>();
    private final List<TokenValidator> validators = new CopyOnWriteArrayList<>();

    Authenticator(Map<String, TokenAccess> tokens, List<TokenValidator> validators) {
        this.tokens.putAll(tokens);
        this.validators.addAll(validators);
    }

    void grant(String token, TokenAccess grant) {
        tokens.put(token, grant);
    }

    void revoke(String token) {
        tokens.remove(token);
    }

    void addValidator(TokenValidator validator) {
        validators.add(validator);
    }

    /** The bearer token of an Authorization header value, if it is one. */
    static Optional<String> bearer(Optional<String> authorization) {
        return authorization.map(String::trim)
                .filter(v -> v.length() > 7 && v.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer "))
                .map(v -> v.substring(7).trim())
                .filter(v -> !v.isEmpty());
    }

    /** The grant of a bearer token, empty when no one knows it. */
    Optional<TokenAccess> grantOf(String bearer) {
        TokenAccess grant = tokens.get(bearer);
        if (grant != null) {
            return Optional.of(grant);
        }
        for (TokenValidator validator : validators) {
            Optional<TokenAccess> validated = validator.validate(bearer);
            if (validated != null && validated.isPresent()) {
                return validated;
            }
        }
        return Optional.empty();
    }
}
