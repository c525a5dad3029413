package dev.chatwidget.testkit.thirdparty;

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
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A third-party decorator, as a user might write one: caches {@code get} per location and forgets a location's
 * entries on any write to it (a write can change other widgets too: a new default demotes the old one, a delete
 * promotes another). The contract suite proves it still behaves like the API.
 */
final class CachingGateway implements ChatWidgetGateway {

    private final ChatWidgetGateway delegate;
    private final Map<LocationId, Map<WidgetId, ChatWidget>> cache = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();

    CachingGateway(ChatWidgetGateway delegate) {
        this.delegate = delegate;
    }

    int hits() {
        return hits.get();
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        ChatWidget cached = cache.getOrDefault(locationId, Map.of()).get(id);
        if (cached != null) {
            hits.incrementAndGet();
            return Either.right(cached);
        }
        return delegate.get(locationId, id).peek(widget ->
                cache.computeIfAbsent(locationId, l -> new ConcurrentHashMap<>()).put(id, widget));
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return delegate.list(query);
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return delegate.publicConfig(id, version);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return written(locationId, delegate.replace(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return written(locationId, delegate.patch(locationId, id, update));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return written(locationId, delegate.delete(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return written(request.locationId(), delegate.clone(request));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return written(widget.locationId(), delegate.create(widget));
    }

    private <T> Either<ChatWidgetError, T> written(LocationId location, Either<ChatWidgetError, T> result) {
        cache.remove(location);
        return result;
    }
}
