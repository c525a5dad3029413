package dev.chatwidget.core.port.out;

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
import io.vavr.control.Either;
import java.util.OptionalInt;

/**
 * What an adapter implements: one method per API operation. Inputs have already been validated by the service;
 * expected failures are returned as {@link ChatWidgetError} values, never thrown.
 */
public interface ChatWidgetGateway {

    Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query);

    Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id);

    Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update);

    Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update);

    Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version);

    Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id);

    Either<ChatWidgetError, ChatWidget> clone(CloneRequest request);

    Either<ChatWidgetError, ChatWidget> create(NewWidget widget);
}
