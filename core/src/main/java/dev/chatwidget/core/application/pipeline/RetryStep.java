package dev.chatwidget.core.application.pipeline;

import dev.chatwidget.core.application.resilience.AttemptEvent;
import dev.chatwidget.core.application.resilience.AttemptEvent.Decision;
import dev.chatwidget.core.application.resilience.RetryListener;
import dev.chatwidget.core.application.resilience.RetryPolicy;
import dev.chatwidget.core.application.resilience.RetryRule;
import dev.chatwidget.core.call.Call;
import dev.chatwidget.core.call.CallChain;
import dev.chatwidget.core.call.CallContext;
import dev.chatwidget.core.call.CallResult;
import dev.chatwidget.core.call.CallStep;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Retries what {@link RetryRule} allows, as {@link RetryPolicy} says: a burst 429 waits what the service asked
 * ({@code retryAfter}, else a backoff), other retryable failures wait a full-jitter backoff. No wait crosses the
 * call's deadline: when the next one would, the last failure is returned at once. Each attempt gets its number and
 * its deadline (the attempt timeout from its start, never past the call's deadline) in the context it passes on.
 * A failure after which the adapter refreshed the credentials is sent again at once, once per call, in an attempt
 * the policy does not count. Every attempt is reported to the {@link RetryListener}.
 */
public final class RetryStep implements CallStep {

    private static final System.Logger LOG = System.getLogger(RetryStep.class.getName());

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final RetryListener listener;
    // Not every RandomGenerator is safe to share between threads (SplittableRandom is not); draws are rare.
    private final Object jitterLock = new Object();

    public RetryStep(RetryPolicy policy, Sleeper sleeper, RandomGenerator random, RetryListener listener) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The step a pipeline without a retry policy still needs when it authenticates: it sends a call again once,
     * at once, after the credentials were refreshed, and retries nothing else ({@link RetryPolicy#none()}; it never
     * waits, so it neither sleeps nor draws jitter).
     */
    public static RetryStep refreshOnly() {
        return new RetryStep(RetryPolicy.none(), Sleeper.system(), () -> 0L, RetryListener.NONE);
    }

    /** The policy this step follows (it also sets the pipeline's timeouts). */
    public RetryPolicy policy() {
        return policy;
    }

    @Override
    public <R> CallResult<R> handle(Call<R> call, CallChain next) {
        CallContext context = call.context();
        Operation operation = call.operation();
        boolean anyReachedServer = false;
        boolean refreshed = false;
        for (int number = 1; ; number++) {
            CallResult<R> result = next.proceed(attempt(call, number));
            if (result.succeeded()) {
                tell(AttemptEvent.succeeded(operation, number));
                return result;
            }
            ChatWidgetError error = result.outcome().getLeft();
            anyReachedServer |= RetryRule.mayHaveReachedServer(error);
            boolean resend = result.credentialsRefreshed() && !refreshed;
            refreshed |= resend;
            // The re-send after a refresh is not one of the policy's attempts.
            int counted = refreshed && !resend ? number - 1 : number;
            Decision decision = resend ? unlessInterrupted(Decision.RETRY) : decide(operation, error, counted);
            Optional<Duration> wait = Optional.empty();
            if (decision == Decision.RETRY) {
                wait = Optional.of(resend ? Duration.ZERO : waitAfter(error, counted));
                // Compared as durations (a server's retryAfter may be too large to add to an instant), and with the
                // time left unclamped: once the deadline has passed, not even a zero wait may follow.
                Duration left = Duration.between(context.clock().instant(), context.callDeadline());
                if (wait.get().compareTo(left) > 0) {
                    decision = Decision.DEADLINE_WOULD_PASS;
                    wait = Optional.empty();
                }
            }
            tell(AttemptEvent.failed(operation, number, error, decision, wait));
            if (wait.isEmpty()) {
                return result;
            }
            if (!resend) {
                Optional<ChatWidgetError> stopped = pause(wait.get(), operation, number, error, anyReachedServer);
                if (stopped.isPresent()) {
                    return CallResult.failure(stopped.get());
                }
            }
        }
    }

    /**
     * The call as attempt {@code number}. The first attempt of a call that arrives fresh (attempt 1, no wait, no
     * credentials yet) is the call as it is: {@link CallPipeline} started it with the attempt timeout
     * {@link PipelineBuilder} took from this step's policy, so it already has its deadline, and the usual call
     * copies nothing. Every other attempt gets the attempt timeout from its own start.
     */
    private <R> Call<R> attempt(Call<R> call, int number) {
        CallContext context = call.context();
        if (number == 1 && context.attempt() == 1 && context.credentials().isEmpty()
                && context.rateLimitWait().isZero()) {
            return call;
        }
        Instant attemptDeadline = CallContext.deadlineAfter(context.clock().instant(), policy.attemptTimeout());
        return call.withContext(context.withAttempt(number, attemptDeadline));
    }

    private Decision decide(Operation operation, ChatWidgetError error, int counted) {
        if (!RetryRule.retryable(operation, error)) {
            return Decision.NOT_RETRYABLE;
        }
        if (counted >= policy.maxAttempts()) {
            return Decision.ATTEMPTS_EXHAUSTED;
        }
        return unlessInterrupted(Decision.RETRY);
    }

    private static Decision unlessInterrupted(Decision decision) {
        return Thread.currentThread().isInterrupted() ? Decision.INTERRUPTED : decision;
    }

    private Duration waitAfter(ChatWidgetError error, int counted) {
        if (error instanceof RateLimited limited && limited.retryAfter().isPresent()) {
            Duration asked = limited.retryAfter().get();
            return asked.isNegative() ? Duration.ZERO : asked;
        }
        synchronized (jitterLock) {
            return policy.backoff(counted, random);
        }
    }

    /** Waits before the next attempt; the error that ends the call instead, if the wait could not be had. */
    private Optional<ChatWidgetError> pause(Duration wait, Operation operation, int number, ChatWidgetError error,
                                            boolean anyReachedServer) {
        try {
            sleeper.sleep(wait);
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of(new TransportFailure("interrupted while waiting to retry " + operation
                    + " after attempt " + number + " (" + error.message() + ")", anyReachedServer, error.traceId()));
        } catch (RuntimeException e) {
            return Optional.of(new TransportFailure("the wait to retry " + operation + " after attempt " + number
                    + " failed (" + e.getClass().getName() + "; " + error.message() + ")", anyReachedServer,
                    error.traceId()));
        }
    }

    private void tell(AttemptEvent event) {
        try {
            listener.onAttempt(event);
        } catch (RuntimeException e) {
            // Listening is for logs and metrics; it must not change the call's outcome.
            // Only the exception's type: the listener is the application's code, its messages are not ours to log.
            LOG.log(System.Logger.Level.WARNING, () -> "retry listener failed (" + e.getClass().getName()
                    + ") on attempt " + event.attempt() + " of " + event.operation());
        }
    }
}
