package dev.chatwidget.testkit.server;

import java.util.Optional;

/**
 * Decides what a bearer token may do, for tokens the server was not configured with (e.g. access tokens issued
 * by a fake OAuth endpoint). Empty means the token is unknown (401). Must be thread-safe and must never log the
 * token.
 */
@FunctionalInterface
public interface TokenValidator {

    /** A validator that knows no token. */
    TokenValidator NONE = bearer -> Optional.empty();

    /** What {@code bearer} may reach (the token without the {@code Bearer } prefix), or empty if unknown. */
    Optional<TokenAccess> validate(String bearer);
}
