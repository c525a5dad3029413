package dev.chatwidget.core.application.resilience;

import dev.chatwidget.core.call.Operation;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.CloneRequest;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.RateLimits;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.ChatWidgetGateway;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Values every resilience test needs, and a way to call a gateway by operation. */
final class Fixtures {

    static final LocationId LOCATION = LocationId.of("loc-1");
    static final LocationId OTHER_LOCATION = LocationId.of("loc-2");
    static final WidgetId WIDGET_ID = WidgetId.of("AbCdEfGhIjKlMnOpQrSt");
    static final ChatWidget WIDGET = new ChatWidget(WIDGET_ID, LOCATION, 3, ChatType.LIVE_CHAT, "Support", false,
            true, WidgetSettings.EMPTY, Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH,
            Instant.EPOCH);
    static final ListQuery QUERY = ListQuery.of(LOCATION);
    static final CloneRequest CLONE = CloneRequest.of(LOCATION, WIDGET_ID);
    static final NewWidget NEW_WIDGET = NewWidget.of(LOCATION, ChatType.LIVE_CHAT, "Support");

    private Fixtures() {
    }

    /** Rate limits as the service reports them; null means the header was absent. */
    static RateLimits reported(Long max, Long remaining, Duration interval) {
        return new RateLimits(max == null ? OptionalLong.empty() : OptionalLong.of(max),
                remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining), Optional.ofNullable(interval),
                OptionalLong.empty(), OptionalLong.empty());
    }

    /** What a successful call of {@code operation} returns. */
    static Object success(Operation operation) {
        return switch (operation) {
            case LIST -> new Page<>(List.of(WIDGET.summary()), 1, QUERY);
            case GET, REPLACE, PATCH, CLONE, CREATE -> WIDGET;
            case PUBLIC_CONFIG -> PublicConfig.of(WIDGET);
            case DELETE -> new Deleted(LOCATION, WIDGET_ID);
        };
    }

    /** Calls {@code operation} on {@code gateway} with fixture arguments. */
    static Either<ChatWidgetError, ?> call(ChatWidgetGateway gateway, Operation operation) {
        return switch (operation) {
            case LIST -> gateway.list(QUERY);
            case GET -> gateway.get(LOCATION, WIDGET_ID);
            case REPLACE -> gateway.replace(LOCATION, WIDGET_ID, WidgetUpdate.none().withName("Renamed"));
            case PATCH -> gateway.patch(LOCATION, WIDGET_ID, WidgetUpdate.none().withName("Renamed"));
            case PUBLIC_CONFIG -> gateway.publicConfig(WIDGET_ID, OptionalInt.empty());
            case DELETE -> gateway.delete(LOCATION, WIDGET_ID);
            case CLONE -> gateway.clone(CLONE);
            case CREATE -> gateway.create(NEW_WIDGET);
        };
    }
}
