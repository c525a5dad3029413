package dev.chatwidget.spring.boot;

import com.google.inject.Key;
import dev.chatwidget.core.domain.auth.ClientCredentials;
import dev.chatwidget.core.domain.auth.RefreshToken;
import dev.chatwidget.core.domain.auth.TokenGrant;
import dev.chatwidget.core.domain.auth.UserType;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.inject.ForChatWidgets;
import dev.chatwidget.core.port.out.TokenRefresher;
import io.vavr.control.Either;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Refreshes through the composed adapter's {@code @ForChatWidgets TokenRefresher}, so the refresh travels on the
 * one transport the adapter built for its calls. Looked up at the first refresh, not before: the token provider
 * is made before the composition that asks it, and a refresh only happens during a call, when the composition is
 * up.
 */
final class CompositionTokenRefresher implements TokenRefresher {

    private static final Key<TokenRefresher> ADAPTERS = Key.get(TokenRefresher.class, ForChatWidgets.class);

    private final ObjectProvider<ChatWidgetsComposition> composition;

    CompositionTokenRefresher(ObjectProvider<ChatWidgetsComposition> composition) {
        this.composition = Objects.requireNonNull(composition, "composition");
    }

    @Override
    public Either<ChatWidgetError, TokenGrant> refresh(ClientCredentials credentials, RefreshToken refreshToken,
                                                       UserType userType) {
        return composition.getObject().get(ADAPTERS).refresh(credentials, refreshToken, userType);
    }

    @Override
    public String toString() {
        return "CompositionTokenRefresher[the adapter's @ForChatWidgets TokenRefresher]";
    }
}
