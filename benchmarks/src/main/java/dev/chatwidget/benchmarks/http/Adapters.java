package dev.chatwidget.benchmarks.http;

import dev.chatwidget.adapter.http.CloseableGateway;
import dev.chatwidget.adapter.http.HttpConfig;
import dev.chatwidget.benchmarks.fixture.WidgetFixture;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.out.TokenProvider;
import io.vavr.control.Either;
import java.net.URI;
import java.util.function.Function;

/** What the adapter benchmarks share: the config (same pool as the raw clients) and the calls, checked once. */
final class Adapters {

    static final LocationId LOCATION = LocationId.of(WidgetFixture.LOCATION);
    static final WidgetId WIDGET = WidgetId.of(WidgetFixture.WIDGET_ID);
    static final ListQuery LIST = ListQuery.of(LOCATION).withLimit(Requests.LIST_LIMIT);

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

    /** Fails the trial at once if the adapter cannot decode the fixture (a benchmark of errors measures nothing). */
    static CloseableGateway checked(CloseableGateway gateway) {
        Function<Either<ChatWidgetError, ?>, Object> ok = e -> e.getOrElseThrow(
                error -> new IllegalStateException("adapter call failed: " + error));
        ok.apply(get(gateway));
        Page<WidgetSummary> page = list(gateway).getOrElseThrow(e -> new IllegalStateException(e.toString()));
        if (page.items().size() != WidgetFixture.LIST_SIZE) {
            throw new IllegalStateException("expected " + WidgetFixture.LIST_SIZE + " items, got " + page.items().size());
        }
        return gateway;
    }
}
