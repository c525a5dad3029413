package dev.chatwidget.testkit.faults;

import dev.chatwidget.adapter.inmemory.InMemoryFake;
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
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.util.OptionalInt;

/**
 * Calls any operation with ordinary arguments, so a test can range over {@link Operation}, and tells from the
 * fake's state whether a write took effect (and how many widgets a create or clone made).
 */
public final class GatewayCalls {

    public static final String REPLACED_NAME = "Replaced by the fault test";
    public static final String PATCHED_NAME = "Patched by the fault test";
    public static final String CREATED_NAME = "Created by the fault test";
    public static final String CLONED_NAME = "Cloned by the fault test";

    private GatewayCalls() {
    }

    /** Calls {@code operation} about {@code existing}, a live widget of {@code location} (the clone source). */
    public static Either<ChatWidgetError, ?> call(ChatWidgetGateway gateway, Operation operation, LocationId location,
                                                  WidgetId existing) {
        return switch (operation) {
            case LIST -> gateway.list(ListQuery.of(location).withLimit(100));
            case GET -> gateway.get(location, existing);
            case REPLACE -> gateway.replace(location, existing, WidgetUpdate.none().withName(REPLACED_NAME));
            case PATCH -> gateway.patch(location, existing, WidgetUpdate.none().withName(PATCHED_NAME));
            case PUBLIC_CONFIG -> gateway.publicConfig(existing, OptionalInt.empty());
            case DELETE -> gateway.delete(location, existing);
            case CLONE -> gateway.clone(CloneRequest.of(location, existing).withName(CLONED_NAME));
            case CREATE -> gateway.create(NewWidget.of(location, ChatType.LIVE_CHAT, CREATED_NAME));
        };
    }

    /** The status the service answers {@code operation} with when it succeeds. */
    public static int successStatus(Operation operation) {
        return operation == Operation.CREATE || operation == Operation.CLONE ? 201 : 200;
    }

    /** Whether {@code operation} changes state (reads do not). */
    public static boolean writes(Operation operation) {
        return switch (operation) {
            case LIST, GET, PUBLIC_CONFIG -> false;
            default -> true;
        };
    }

    /**
     * How many times the write {@link #call} makes is visible in the fake: 0 or 1 for replace, patch and delete
     * (whether it took effect), the number of widgets made for create and clone (more than 1 is a duplicate).
     */
    public static long effects(InMemoryFake fake, Operation operation, LocationId location, WidgetId existing) {
        return switch (operation) {
            case REPLACE -> named(fake, location, existing, REPLACED_NAME);
            case PATCH -> named(fake, location, existing, PATCHED_NAME);
            case DELETE -> fake.stored(location, existing).filter(ChatWidget::deleted).isPresent() ? 1 : 0;
            case CREATE -> fake.liveWidgets(location).stream().filter(w -> w.name().equals(CREATED_NAME)).count();
            case CLONE -> fake.liveWidgets(location).stream()
                    .filter(w -> w.originId().filter(existing::equals).isPresent()).count();
            case LIST, GET, PUBLIC_CONFIG -> 0;
        };
    }

    private static long named(InMemoryFake fake, LocationId location, WidgetId id, String name) {
        return fake.stored(location, id).filter(w -> w.name().equals(name)).isPresent() ? 1 : 0;
    }
}
