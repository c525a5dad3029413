package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.application.resilience.AttemptEvent.Decision;
import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.RateLimited;
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.CallBudget;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.Sleeper;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Retries what {@link RetryRule} allows, as {@link RetryPolicy} says: a burst 429 waits what the service asked
 * ({@code retryAfter}, else a backoff), other retryable failures wait a full-jitter backoff. No wait crosses the
 * call's deadline: when the next one would, the last failure is returned at once. Each attempt is reported to the
 * {@link RetryListener}. Each attempt runs under a {@link CallBudget} carrying the call's deadline, so the layers
 * beneath (rate limiter, adapter) end their part of it by then.
 */
public final class RetryingGateway implements ChatWidgetGateway {

    private final ChatWidgetGateway delegate;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final RetryListener listener;
    // Not every RandomGenerator is safe to share between threads (SplittableRandom is not); draws are rare.
    private final Object jitterLock = new Object();

    public RetryingGateway(ChatWidgetGateway delegate, RetryPolicy policy, Clock clock, Sleeper sleeper,
                           RandomGenerator random, RetryListener listener) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return call(Operation.LIST, () -> delegate.list(query));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return call(Operation.GET, () -> delegate.get(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return call(Operation.REPLACE, () -> delegate.replace(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return call(Operation.PATCH, () -> delegate.patch(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return call(Operation.PUBLIC_CONFIG, () -> delegate.publicConfig(id, version));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return call(Operation.DELETE, () -> delegate.delete(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return call(Operation.CLONE, () -> delegate.clone(request));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return call(Operation.CREATE, () -> delegate.create(widget));
    }

    private <T> Either<ChatWidgetError, T> call(Operation operation, Supplier<Either<ChatWidgetError, T>> attempt) {
        return attempts(operation, attempt, CallBudget.deadlineAfter(clock.instant(), policy.callTimeout()));
    }

    private <T> Either<ChatWidgetError, T> attempts(Operation operation, Supplier<Either<ChatWidgetError, T>> attempt,
                                                    Instant deadline) {
        boolean anyReachedServer = false;
        for (int number = 1; ; number++) {
            Either<ChatWidgetError, T> outcome = new CallBudget(deadline, clock, number).run(attempt);
            if (outcome.isRight()) {
                listener.onAttempt(AttemptEvent.succeeded(operation, number));
                return outcome;
            }
            ChatWidgetError error = outcome.getLeft();
            anyReachedServer |= RetryRule.mayHaveReachedServer(error);
            Optional<Duration> wait = Optional.empty();
            Decision decision = decide(operation, error, number);
            if (decision == Decision.RETRY) {
                wait = Optional.of(waitAfter(error, number));
                // Compared as durations: a server's retryAfter may be too large to add to an instant.
                if (wait.get().compareTo(Duration.between(clock.instant(), deadline)) > 0) {
                    decision = Decision.DEADLINE_WOULD_PASS;
                    wait = Optional.empty();
                }
            }
            listener.onAttempt(AttemptEvent.failed(operation, number, error, decision, wait));
            if (wait.isEmpty()) {
                return outcome;
            }
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Either.left(new TransportFailure("interrupted while waiting to retry " + operation
                        + " after attempt " + number + " (" + error.message() + ")", anyReachedServer,
                        error.traceId()));
            }
        }
    }

    private Decision decide(Operation operation, ChatWidgetError error, int number) {
        if (!RetryRule.retryable(operation, error)) {
            return Decision.NOT_RETRYABLE;
        }
        if (number >= policy.maxAttempts()) {
            return Decision.ATTEMPTS_EXHAUSTED;
        }
        if (Thread.currentThread().isInterrupted()) {
            return Decision.INTERRUPTED;
        }
        return Decision.RETRY;
    }

    private Duration waitAfter(ChatWidgetError error, int number) {
        if (error instanceof RateLimited limited && limited.retryAfter().isPresent()) {
            Duration asked = limited.retryAfter().get();
            return asked.isNegative() ? Duration.ZERO : asked;
        }
        synchronized (jitterLock) {
            return policy.backoff(number, random);
        }
    }
}
