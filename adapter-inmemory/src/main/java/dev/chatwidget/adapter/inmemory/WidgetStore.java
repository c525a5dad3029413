package dev.chatwidget.adapter.inmemory;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.LocationWidgets;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * In-process state: one immutable {@link LocationWidgets} per location, swapped atomically, so every write to a
 * location is atomic and readers never wait (they read the current snapshot).
 */
final class WidgetStore {

    private final ConcurrentHashMap<LocationId, LocationWidgets> locations = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<WidgetId, LocationId> locationOfWidget = new ConcurrentHashMap<>();

    LocationWidgets snapshot(LocationId location) {
        LocationWidgets current = locations.get(location);
        return current != null ? current : LocationWidgets.empty(location);
    }

    Optional<LocationId> locationOf(WidgetId id) {
        return Optional.ofNullable(locationOfWidget.get(id));
    }

    boolean idTaken(WidgetId id) {
        return locationOfWidget.containsKey(id);
    }

    /** Decides a write against the current state and stores the result atomically; a refusal changes nothing. */
    Either<ChatWidgetError, ChatWidget> write(LocationId location,
                                              Function<LocationWidgets, Either<ChatWidgetError, LocationWidgets.Change>> decision) {
        @SuppressWarnings("unchecked")
        Either<ChatWidgetError, LocationWidgets.Change>[] outcome = new Either[1];
        locations.compute(location, (key, current) -> {
            LocationWidgets state = current != null ? current : LocationWidgets.empty(key);
            outcome[0] = decision.apply(state);
            return outcome[0].isRight() ? outcome[0].get().after() : current;
        });
        return outcome[0].map(change -> {
            locationOfWidget.put(change.widget().id(), location);
            return change.widget();
        });
    }

    Map<LocationId, LocationWidgets> all() {
        return Map.copyOf(locations);
    }

    void clear() {
        locations.clear();
        locationOfWidget.clear();
    }
}
