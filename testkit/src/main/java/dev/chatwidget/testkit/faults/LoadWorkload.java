package dev.chatwidget.testkit.faults;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.NotFound;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mixed calls of a load test over a few locations: reads, updates, creates, clones and deletes in fixed
 * shares, about widgets it knows to be live. Every create and clone carries a name of its own, so the server's
 * request log tells which requests belong to which call. Thread-safe.
 */
final class LoadWorkload {

    /** One call made: what it was and how it ended. */
    record Call(Operation operation, Either<ChatWidgetError, ?> result) {
    }

    private static final Operation[] MIX = mix(Map.of(Operation.LIST, 20, Operation.GET, 20,
            Operation.PUBLIC_CONFIG, 10, Operation.PATCH, 12, Operation.REPLACE, 8, Operation.CREATE, 10,
            Operation.CLONE, 5, Operation.DELETE, 15));

    private final List<LocationId> locations;
    private final Map<LocationId, List<WidgetId>> live = new ConcurrentHashMap<>();
    private final List<ChatWidget> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicLong names = new AtomicLong();

    LoadWorkload(Map<LocationId, List<WidgetId>> seeded) {
        this.locations = List.copyOf(seeded.keySet());
        seeded.forEach((location, ids) -> live.put(location, new ArrayList<>(ids)));
    }

    /** Makes one call, chosen at random, and keeps track of the widgets it made or deleted. */
    Call next(ChatWidgetGateway gateway) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocationId location = locations.get(random.nextInt(locations.size()));
        Operation op = MIX[random.nextInt(MIX.length)];
        WidgetId id = pick(location, random);
        if (id == null) {
            op = Operation.CREATE;
        }
        Either<ChatWidgetError, ?> result = switch (op) {
            case LIST -> gateway.list(ListQuery.of(location).withLimit(100));
            case GET -> gateway.get(location, id);
            case PUBLIC_CONFIG -> gateway.publicConfig(id, OptionalInt.empty());
            case PATCH -> gateway.patch(location, id, WidgetUpdate.none().withName("patched " + random.nextInt(100)));
            case REPLACE -> gateway.replace(location, id, WidgetUpdate.none().withName("replaced"));
            case CREATE -> made(location, gateway.create(NewWidget.of(location, ChatType.LIVE_CHAT,
                    "load-create-" + names.incrementAndGet())));
            case CLONE -> made(location, gateway.clone(CloneRequest.of(location, id)
                    .withName("load-clone-" + names.incrementAndGet())));
            case DELETE -> deleted(location, id, gateway.delete(location, id));
        };
        return new Call(op, result);
    }

    /** The widgets creates and clones returned (each must be stored). */
    List<ChatWidget> acknowledged() {
        return List.copyOf(acknowledged);
    }

    private Either<ChatWidgetError, ChatWidget> made(LocationId location, Either<ChatWidgetError, ChatWidget> result) {
        result.forEach(widget -> {
            acknowledged.add(widget);
            List<WidgetId> ids = live.get(location);
            synchronized (ids) {
                ids.add(widget.id());
            }
        });
        return result;
    }

    private Either<ChatWidgetError, ?> deleted(LocationId location, WidgetId id, Either<ChatWidgetError, ?> result) {
        if (result.isRight() || result.getLeft() instanceof NotFound) {
            List<WidgetId> ids = live.get(location);
            synchronized (ids) {
                ids.remove(id);
            }
        }
        return result;
    }

    private WidgetId pick(LocationId location, ThreadLocalRandom random) {
        List<WidgetId> ids = live.get(location);
        synchronized (ids) {
            return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
        }
    }

    private static Operation[] mix(Map<Operation, Integer> shares) {
        List<Operation> out = new ArrayList<>();
        shares.forEach((op, share) -> {
            for (int i = 0; i < share; i++) {
                out.add(op);
            }
        });
        return out.toArray(Operation[]::new);
    }
}
