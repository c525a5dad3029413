package dev.chatwidget.benchmarks.http;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.domain.json.JsonObject;
import dev.chatwidget.core.domain.json.JsonValue;
import dev.chatwidget.core.domain.settings.WidgetSettings;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.net.URI;
import java.util.List;

/** What the adapter benchmarks share: the config (same pool as the raw clients) and the calls, checked once. */
final class Adapters {

    static final LocationId LOCATION = LocationId.of(WidgetFixture.LOCATION);
    static final WidgetId WIDGET = WidgetId.of(WidgetFixture.WIDGET_ID);
    static final ListQuery LIST = ListQuery.of(LOCATION).withLimit(Requests.LIST_LIMIT);
    /** The same bodies the raw baselines send (RawJson): settings built once, the request per call. */
    static final NewWidget NEW_WIDGET = NewWidget.of(LOCATION, ChatType.LIVE_CHAT, WidgetFixture.WRITE_NAME)
            .withSettings(WidgetFixture.coreSettings());
    static final WidgetUpdate UPDATE = WidgetUpdate.none().withName(WidgetFixture.WRITE_NAME)
            .withSettings(WidgetSettings.of((JsonObject) JsonValue.of(WidgetFixture.settingsPatch())));

    private Adapters() {
    }

    static HttpConfig config(URI base) {
        return HttpConfig.builder(TokenProvider.fixed(WidgetFixture.TOKEN))
                .baseUri(base)
                .apiVersion(Requests.VERSION)
                .maxConnections(RawApache.POOL, RawApache.POOL)
                .build();
    }

    static Either<ChatWidgetError, ChatWidget> get(CloseableGateway gateway) {
        return gateway.get(LOCATION, WIDGET);
    }

    static Either<ChatWidgetError, Page<WidgetSummary>> list(CloseableGateway gateway) {
        return gateway.list(LIST);
    }

    static Either<ChatWidgetError, ChatWidget> create(CloseableGateway gateway) {
        return gateway.create(NEW_WIDGET);
    }

    static Either<ChatWidgetError, ChatWidget> patch(CloseableGateway gateway) {
        return gateway.patch(LOCATION, WIDGET, UPDATE);
    }

    /** Fails the trial at once if the adapter cannot decode the fixture (a benchmark of errors measures nothing). */
    static CloseableGateway checked(CloseableGateway gateway) {
        for (Either<ChatWidgetError, ChatWidget> call : List.of(get(gateway), create(gateway), patch(gateway))) {
            ChatWidget widget = call.getOrElseThrow(e -> new IllegalStateException("adapter call failed: " + e));
            if (!widget.id().equals(WIDGET)) {
                throw new IllegalStateException("expected widget " + WIDGET + ", got " + widget.id());
            }
        }
        Page<WidgetSummary> page = list(gateway).getOrElseThrow(e -> new IllegalStateException(e.toString()));
        if (page.items().size() != WidgetFixture.LIST_SIZE) {
            throw new IllegalStateException("expected " + WidgetFixture.LIST_SIZE + " items, got " + page.items().size());
        }
        return gateway;
    }
}
