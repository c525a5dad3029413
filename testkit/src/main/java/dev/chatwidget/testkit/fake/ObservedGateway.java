package dev.chatwidget.testkit.fake;

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
import dev.chatwidget.core.error.TransportFailure;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Wraps the fake's gateway: applies scripted faults and records every call with its outcome. */
final class ObservedGateway implements ChatWidgetGateway {

    private final ChatWidgetGateway delegate;
    private final FaultPlan faults;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();

    ObservedGateway(ChatWidgetGateway delegate, FaultPlan faults) {
        this.delegate = delegate;
        this.faults = faults;
    }

    List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    void clearCalls() {
        calls.clear();
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return observe(Operation.LIST, () -> delegate.list(query), query);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return observe(Operation.GET, () -> delegate.get(locationId, id), locationId, id);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return observe(Operation.REPLACE, () -> delegate.replace(locationId, id, update), locationId, id, update);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return observe(Operation.PATCH, () -> delegate.patch(locationId, id, update), locationId, id, update);
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return observe(Operation.PUBLIC_CONFIG, () -> delegate.publicConfig(id, version), id, version);
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return observe(Operation.DELETE, () -> delegate.delete(locationId, id), locationId, id);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return observe(Operation.CLONE, () -> delegate.clone(request), request);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return observe(Operation.CREATE, () -> delegate.create(widget), widget);
    }

    private <T> Either<ChatWidgetError, T> observe(Operation operation, Supplier<Either<ChatWidgetError, T>> call,
                                                   Object... arguments) {
        Optional<Fault> fault = faults.take(operation);
        Either<ChatWidgetError, T> outcome;
        if (fault.isPresent() && !pause(fault.get().latency())) {
            outcome = Either.left(TransportFailure.of("interrupted while waiting for injected latency", false));
        } else if (fault.flatMap(Fault::error).isPresent()) {
            outcome = Either.left(fault.get().error().get());
        } else {
            outcome = call.get();
        }
        calls.add(new RecordedCall(operation, List.of(arguments), outcome.map(v -> (Object) v),
                fault.flatMap(Fault::error).isPresent()));
        return outcome;
    }

    private static boolean pause(Duration latency) {
        if (latency.isZero()) {
            return true;
        }
        try {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
