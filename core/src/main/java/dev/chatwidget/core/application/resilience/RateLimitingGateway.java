package dev.chatwidget.core.application.resilience;

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
import dev.chatwidget.core.port.out.CallBudget;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import dev.chatwidget.core.port.out.RateLimiter;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Asks the {@link RateLimiter} for a permit before every request, for the location the request concerns (none
 * for public config). A caller waits no longer than the deadline of the call it belongs to (its {@link CallBudget}, set
 * by an enclosing {@link RetryingGateway}), or {@code maxWait} when there is none; without a permit the request is not sent.
 */
public final class RateLimitingGateway implements ChatWidgetGateway {

    private final ChatWidgetGateway delegate;
    private final RateLimiter limiter;
    private final Clock clock;
    private final Duration maxWait;

    public RateLimitingGateway(ChatWidgetGateway delegate, RateLimiter limiter, Clock clock, Duration maxWait) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        this.maxWait = maxWait;
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return permitted(query.locationId(), () -> delegate.list(query));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return permitted(locationId, () -> delegate.get(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return permitted(locationId, () -> delegate.replace(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return permitted(locationId, () -> delegate.patch(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return permitted(null, () -> delegate.publicConfig(id, version));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return permitted(locationId, () -> delegate.delete(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return permitted(request.locationId(), () -> delegate.clone(request));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return permitted(widget.locationId(), () -> delegate.create(widget));
    }

    private <T> Either<ChatWidgetError, T> permitted(LocationId location, Supplier<Either<ChatWidgetError, T>> call) {
        Instant now = clock.instant();
        Instant deadline = CallBudget.current().map(budget -> CallBudget.deadlineAfter(now, budget.remaining()))
                .orElseGet(() -> CallBudget.deadlineAfter(now, maxWait));
        return limiter.acquire(Optional.ofNullable(location), deadline).flatMap(permit -> call.get());
    }
}
