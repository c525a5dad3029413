package dev.chatwidget.core.port.out;

import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;

/**
 * Trades a refresh token for a new access token and a rotated refresh token at the OAuth token endpoint. A
 * rejected refresh token (the endpoint answers 400 or 401) is reported as
 * {@link dev.chatwidget.core.error.Unauthorized}.
 */
public interface TokenRefresher {

    Either<ChatWidgetError, TokenGrant> refresh(ClientCredentials credentials, RefreshToken refreshToken,
                                                UserType userType);
}
