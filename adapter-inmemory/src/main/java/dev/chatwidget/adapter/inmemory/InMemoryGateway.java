package dev.chatwidget.adapter.inmemory;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetIdSource;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.rules.RequestRules;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.Forbidden;
import dev.chatwidget.core.error.Invalid;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.Violation;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** The gateway over in-process state; every decision is the core aggregate's, so it obeys the model's rules. */
final class InMemoryGateway implements ChatWidgetGateway {

    private final WidgetStore store;
    private final Clock clock;
    private final WidgetIdSource ids;
    private final Optional<String> creationSource;
    private volatile AccessPolicy accessPolicy;

    InMemoryGateway(WidgetStore store, Clock clock, WidgetIdSource ids, Optional<String> creationSource,
                    AccessPolicy accessPolicy) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.creationSource = creationSource;
        this.accessPolicy = accessPolicy;
    }

    void accessPolicy(AccessPolicy policy) {
        this.accessPolicy = policy;
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        List<Violation> violations = RequestRules.check(query);
        if (!violations.isEmpty()) {
            return Either.left(Invalid.of(violations));
        }
        return allowed(query.locationId(), () -> Either.right(store.snapshot(query.locationId()).list(query)));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return allowed(locationId, () -> store.snapshot(locationId).get(id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return allowed(locationId, () -> store.write(locationId, state -> state.replace(id, update, clock.instant())));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return allowed(locationId, () -> store.write(locationId, state -> state.patch(id, update, clock.instant())));
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return store.locationOf(id)
                .map(location -> store.snapshot(location).get(id).map(PublicConfig::of))
                .orElseGet(() -> Either.left(NotFound.of("chat widget " + id.value() + " not found")));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return allowed(locationId, () -> store.write(locationId, state -> state.delete(id, clock.instant()))
                .map(Deleted::of));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return allowed(request.locationId(), () -> store.write(request.locationId(),
                state -> state.cloneOf(request, newId(), clock.instant(), creationSource)));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        if (widget.locationId() == null) {
            return Either.left(Invalid.of(RequestRules.check(widget)));
        }
        return allowed(widget.locationId(), () -> store.write(widget.locationId(),
                state -> state.create(widget, newId(), clock.instant(), creationSource)));
    }

    WidgetId newId() {
        WidgetId id = ids.next();
        while (store.idTaken(id)) {
            id = ids.next();
        }
        return id;
    }

    private <T> Either<ChatWidgetError, T> allowed(LocationId location, Supplier<Either<ChatWidgetError, T>> call) {
        if (!accessPolicy.allows(location)) {
            return Either.left(Forbidden.of("The token does not have access to this location"));
        }
        return call.get();
    }
}
