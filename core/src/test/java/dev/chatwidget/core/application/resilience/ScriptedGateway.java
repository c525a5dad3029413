package dev.chatwidget.core.application.resilience;

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
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A gateway that answers from a script: per operation, a queue of failures to return first, then success. Each
 * call can take (fake) time. Records every call.
 */
final class ScriptedGateway implements ChatWidgetGateway {

    private final Map<Operation, Deque<ChatWidgetError>> failures = new EnumMap<>(Operation.class);
    private final List<Operation> calls = new ArrayList<>();
    private final Optional<FakeClock> clock;
    private Duration callDuration = Duration.ZERO;
    private Runnable hook = () -> { };

    ScriptedGateway() {
        this.clock = Optional.empty();
    }

    ScriptedGateway(FakeClock clock) {
        this.clock = Optional.of(clock);
    }

    /** The next calls of {@code operation} fail with {@code errors}, in order; later calls succeed. */
    ScriptedGateway failing(Operation operation, ChatWidgetError... errors) {
        failures.computeIfAbsent(operation, key -> new ArrayDeque<>()).addAll(List.of(errors));
        return this;
    }

    /** Every call advances the fake clock by {@code duration}, as a slow request would take. */
    ScriptedGateway taking(Duration duration) {
        this.callDuration = duration;
        return this;
    }

    /** Runs {@code action} at the start of every call (to observe what the caller's thread sees). */
    ScriptedGateway whenCalled(Runnable action) {
        this.hook = action;
        return this;
    }

    synchronized int calls(Operation operation) {
        return (int) calls.stream().filter(operation::equals).count();
    }

    synchronized int calls() {
        return calls.size();
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> Either<ChatWidgetError, T> answer(Operation operation) {
        calls.add(operation);
        hook.run();
        clock.ifPresent(c -> c.advance(callDuration));
        Deque<ChatWidgetError> queue = failures.get(operation);
        if (queue != null && !queue.isEmpty()) {
            return Either.left(queue.removeFirst());
        }
        return Either.right((T) Fixtures.success(operation));
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return answer(Operation.LIST);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return answer(Operation.GET);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return answer(Operation.REPLACE);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return answer(Operation.PATCH);
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return answer(Operation.PUBLIC_CONFIG);
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return answer(Operation.DELETE);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return answer(Operation.CLONE);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return answer(Operation.CREATE);
    }
}
