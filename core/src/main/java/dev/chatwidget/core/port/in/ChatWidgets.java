package dev.chatwidget.core.port.in;

import dev.chatwidget.core.application.PagedWidgets;
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
import java.util.List;
import java.util.OptionalInt;

/**
 * The chat widgets of HighLevel locations: what an application calls. Every operation validates its input before
 * any network call and answers with either a {@link ChatWidgetError} or the result; nothing expected is thrown.
 * For exceptions instead, use {@code result.getOrElseThrow(ChatWidgetException::new)}.
 */
public interface ChatWidgets {

    /**
     * One page of a location's live widgets, oldest first, with {@code totalCount} of all matches. Filters combine
     * with AND. Offset must be 0..10000 and limit 1..100.
     */
    Either<ChatWidgetError, Page<WidgetSummary>> list(ListQuery query);

    /**
     * Every matching widget, following pages from {@code query}'s offset while {@code totalCount} says there are
     * more or, when it is missing or smaller than the pages hold, while pages come back full. A widget repeated by
     * a location changing meanwhile is listed once. Widgets past the API's offset cap of 10000 cannot be reached:
     * then the answer is an {@code Invalid} naming {@code offset}, never a short list. Stops at the first error.
     */
    Either<ChatWidgetError, List<WidgetSummary>> listAll(ListQuery query);

    /**
     * The same widgets as {@link #listAll}, read lazily: one page is fetched at a time as the caller iterates, so
     * a large location is never held in memory. Iterating throws {@code ChatWidgetException} where listAll would
     * answer an error; {@link PagedWidgets#pages()} gives the pages and errors as values instead.
     */
    default PagedWidgets walk(ListQuery query) {
        return new PagedWidgets(this::list, query);
    }

    /** One widget; {@code NotFound} if it does not exist or was deleted. */
    Either<ChatWidgetError, ChatWidget> get(LocationId locationId, WidgetId id);

    /**
     * PUT: sets every field the update names and replaces {@code settings} whole when named; other fields keep
     * their value. {@code default: true} makes it the location's default; {@code false} on the default is refused.
     */
    Either<ChatWidgetError, ChatWidget> replace(LocationId locationId, WidgetId id, WidgetUpdate update);

    /**
     * PATCH: sets the fields the update names and merges {@code settings} as an RFC 7386 JSON merge patch (a JSON
     * {@code null} removes a key). Keys this library does not know survive untouched.
     */
    Either<ChatWidgetError, ChatWidget> patch(LocationId locationId, WidgetId id, WidgetUpdate update);

    /** The public projection a website needs to render the widget; needs no token. */
    Either<ChatWidgetError, PublicConfig> publicConfig(WidgetId id, OptionalInt version);

    /** Soft-deletes a widget; deleting the default promotes the earliest-created remaining widget. */
    Either<ChatWidgetError, Deleted> delete(LocationId locationId, WidgetId id);

    /**
     * Copies a liveChat or emailChat widget's type, version and settings into a new widget named as asked or
     * {@code "<name> (copy)"}, with {@code originId} set to the source. Not retried after an ambiguous failure.
     */
    Either<ChatWidgetError, ChatWidget> clone(CloneRequest request);

    /**
     * Creates a liveChat or emailChat widget. The first widget of a location becomes its default. Not retried
     * after an ambiguous failure, so it can never create two widgets.
     */
    Either<ChatWidgetError, ChatWidget> create(NewWidget widget);
}
