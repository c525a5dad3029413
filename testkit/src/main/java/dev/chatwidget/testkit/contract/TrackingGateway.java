package dev.chatwidget.testkit.contract;

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
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The gateway under test, telling the scenario about every widget it creates or clones, even a write the test
 * expected to be refused, so that nothing a test makes outlives it.
 */
final class TrackingGateway implements ChatWidgetGateway {

    private final ChatWidgetGateway delegate;
    private final Consumer<ChatWidget> made;

    TrackingGateway(ChatWidgetGateway delegate, Consumer<ChatWidget> made) {
        this.delegate = delegate;
        this.made = made;
    }

    @Override
    public Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query) {
        return delegate.list(query);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id) {
        return delegate.get(locationId, id);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return delegate.replace(locationId, id, update);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update) {
        return delegate.patch(locationId, id, update);
    }

    @Override
    public Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version) {
        return delegate.publicConfig(id, version);
    }

    @Override
    public Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id) {
        return delegate.delete(locationId, id);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> clone(CloneRequest request) {
        return delegate.clone(request).peek(made);
    }

    @Override
    public Either<ChatWidgetError, ChatWidget> create(NewWidget widget) {
        return delegate.create(widget).peek(made);
    }
}
