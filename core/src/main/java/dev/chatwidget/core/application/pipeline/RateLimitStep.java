package dev.chatwidget.core.application.pipeline;

import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.RateLimitListener;
import dev.chatwidget.core.port.out.RateLimiter;
import dev.chatwidget.core.port.out.RateLimiter.Permit;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Asks the {@link RateLimiter} for a permit before every attempt, for the location the call concerns, waiting no
 * longer than the attempt's deadline; without a permit the request is not sent. The wait is recorded in the
 * context. On the way back it tells the {@link RateLimitListener} the limits the service reported with the result,
 * so a limiter learns them without the adapter calling back into it.
 */
public final class RateLimitStep implements CallStep {

    private static final System.Logger LOG = System.getLogger(RateLimitStep.class.getName());

    private final RateLimiter limiter;
    private final RateLimitListener listener;

    public RateLimitStep(RateLimiter limiter, RateLimitListener listener) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public <R> CallResult<R> handle(Call<R> call, CallChain next) {
        CallContext context = call.context();
        Either<ChatWidgetError, Permit> permit;
        try {
            permit = Objects.requireNonNull(limiter.acquire(context.location(), context.attemptDeadline()),
                    "permit");
        } catch (RuntimeException e) {
            return CallResult.failure(TransportFailure.of("the client-side rate limiter failed ("
                    + e.getClass().getName() + "); the request was not sent", false));
        }
        if (permit.isLeft()) {
            return CallResult.failure(permit.getLeft());
        }
        CallResult<R> result = next.proceed(call.withContext(context.withRateLimitWait(permit.get().waited())));
        if (result != null && result.reportedLimits().isPresent()) {
            tell(context, result.reportedLimits().get());
        }
        return result;
    }

    private void tell(CallContext context, RateLimits limits) {
        try {
            listener.onRateLimits(context.location(), limits);
        } catch (RuntimeException e) {
            // The response is already here; a faulty listener must not turn it into a failure.
            LOG.log(System.Logger.Level.WARNING, () -> "rate-limit listener failed (" + e.getClass().getName()
                    + ") after " + context.operation());
        }
    }
}
