package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.StoredTokens;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.util.Optional;

/**
 * Keeps each location's OAuth tokens, so the refresh token (which rotates on every use) survives a restart.
 * Implementations must be safe for concurrent use and must never log or print a token.
 */
public interface TokenStore {

    /** The tokens last saved for {@code location}, or empty if none were. */
    Either<ChatWidgetError, Optional<StoredTokens>> load(LocationId location);

    /** Replaces the tokens of {@code location}; returns them once they are durably kept. */
    Either<ChatWidgetError, StoredTokens> save(LocationId location, StoredTokens tokens);
}
