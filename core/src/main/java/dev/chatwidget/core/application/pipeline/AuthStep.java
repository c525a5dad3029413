package dev.chatwidget.core.application.pipeline;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.auth.AccessToken;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.error.Unauthorized;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts the bearer token for the call's location into each attempt's context, innermost before the handler. When
 * the service answers 401 and the {@link TokenProvider} refreshed the token, the result says so
 * ({@link CallResult#credentialsRefreshed()}) and the retry step sends the call again as its next attempt, so the
 * re-send is seen by every listener like any other attempt. A token error ends the attempt before the handler, and
 * waiting for a token (a refresh in flight) never outlasts the attempt's deadline.
 */
public final class AuthStep implements CallStep {

    private static final System.Logger LOG = System.getLogger(AuthStep.class.getName());

    private final TokenProvider tokens;

    public AuthStep(TokenProvider tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public <R> CallResult<R> handle(Call<R> call, CallChain next) {
        CallContext context = call.context();
        Optional<LocationId> location = context.location();
        Either<ChatWidgetError, AccessToken> token;
        try {
            token = Objects.requireNonNull(tokens.token(location, context.attemptRemaining()), "token");
        } catch (RuntimeException e) {
            // Only the type: a provider's message may carry what it was handling.
            return CallResult.failure(TransportFailure.of("the token provider failed (" + e.getClass().getName()
                    + "); the request was not sent", false));
        }
        if (token.isLeft()) {
            return CallResult.failure(token.getLeft());
        }
        CallResult<R> result = next.proceed(call.withContext(context.withCredentials(token.get())));
        if (result != null && rejected(result) && refreshed(location, token.get(), context)) {
            return result.withCredentialsRefreshed();
        }
        return result;
    }

    private static boolean rejected(CallResult<?> result) {
        return result.outcome().isLeft() && result.outcome().getLeft() instanceof Unauthorized;
    }

    private boolean refreshed(Optional<LocationId> location, AccessToken rejected, CallContext context) {
        try {
            return tokens.onUnauthorized(location, rejected);
        } catch (RuntimeException e) {
            // The 401 is the call's answer; a provider that cannot refresh leaves it at that.
            LOG.log(System.Logger.Level.WARNING, () -> "token provider failed to refresh (" + e.getClass().getName()
                    + ") after a 401 on " + context.operation());
            return false;
        }
    }
}
