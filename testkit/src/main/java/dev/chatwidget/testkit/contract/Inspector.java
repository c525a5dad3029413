package dev.chatwidget.testkit.contract;

import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.WidgetId;
import java.util.Optional;

/** Looks at stored widgets, soft-deleted ones included (the {@link GatewayCapability#INSPECT_DELETED} hook). */
@FunctionalInterface
public interface Inspector {

    /** The widget as stored, deleted or not; empty if it was never stored. */
    Optional<ChatWidget> stored(LocationId location, WidgetId id);
}
