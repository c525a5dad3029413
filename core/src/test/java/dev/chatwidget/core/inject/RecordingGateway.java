package dev.chatwidget.core.inject;

import dev.chatwidget.core.domain.ChatType;
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
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.error.ServerError;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A gateway for module tests: answers get and create from nothing, and records which operations reached it. */
final class RecordingGateway implements ChatWidgetGateway {

    final List<String> calls = new CopyOnWriteArrayList<>();
    /** How many of the next calls to {@code get} answer 503 before it answers 404. */
    final AtomicInteger unavailable = new AtomicInteger();

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        calls.add("list");
        return Either.right(new Page<>(List.of(), 0, query));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        calls.add("get");
        if (unavailable.getAndDecrement() > 0) {
            return Either.left(new ServerError(503, "Service Unavailable", Optional.empty()));
        }
        return Either.left(NotFound.of("chat widget " + id + " not found"));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        calls.add("replace");
        return get(locationId, id);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        calls.add("patch");
        return get(locationId, id);
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        calls.add("publicConfig");
        return Either.left(NotFound.of("chat widget " + id + " not found"));
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        calls.add("delete");
        return Either.right(new Deleted(locationId, id));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        calls.add("clone");
        return Either.left(NotFound.of("chat widget " + request.sourceId() + " not found"));
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        calls.add("create");
        Instant now = Instant.EPOCH;
        return Either.right(new ChatWidget(WidgetId.of("AAAAAAAAAAAAAAAAAAAA"), widget.locationId(),
                widget.version(), widget.chatType() == null ? ChatType.LIVE_CHAT : widget.chatType(), widget.name(),
                false, true, null, Optional.empty(), Optional.empty(), Optional.empty(), now, now));
    }
}
