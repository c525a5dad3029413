package dev.chatwidget.core.application;

import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.core.error.Invalid;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every widget a query matches, from its offset on, fetched one page at a time as the caller reads: only the
 * current page and the ids already seen are held. Paging follows {@link Page#hasNext()}, so a missing or wrong
 * {@code totalCount} never ends the walk early. Offset paging over a location that changes meanwhile can skip a
 * widget (nothing on the client can see that) or repeat one (a widget whose id was already read is left out).
 * Widgets past the API's offset cap of 10000 cannot be reached: reaching them ends the walk with an
 * {@link Invalid} error naming {@code offset}, never with a silently short list.
 */
public final class PagedWidgets implements Iterable<WidgetSummary> {

    private final Function<ListQuery, Either<ChatWidgetError, Page<WidgetSummary>>> list;
    private final ListQuery first;

    /** {@code list} answers one page (validating the query); {@code first} is the first page's query. */
    public PagedWidgets(Function<ListQuery, Either<ChatWidgetError, Page<WidgetSummary>>> list, ListQuery first) {
        this.list = Objects.requireNonNull(list, "list");
        this.first = first;
    }

    /** The pages as fetched, each asked for when the one before has been read; an error is the last element. */
    public Iterator<Either<ChatWidgetError, Page<WidgetSummary>>> pages() {
        return new Pages();
    }

    /** The widgets, without repeats; an error (see the class comment) is thrown as {@link ChatWidgetException}. */
    @Override
    public Iterator<WidgetSummary> iterator() {
        return new Widgets(pages());
    }

    /** {@link #iterator()} as a sequential stream. */
    public Stream<WidgetSummary> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED
                | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    /** Every widget in one list, or the first error. */
    public Either<ChatWidgetError, List<WidgetSummary>> toList() {
        List<WidgetSummary> all = new ArrayList<>();
        Set<WidgetId> seen = new HashSet<>();
        for (Iterator<Either<ChatWidgetError, Page<WidgetSummary>>> it = pages(); it.hasNext(); ) {
            Either<ChatWidgetError, Page<WidgetSummary>> page = it.next();
            if (page.isLeft()) {
                return Either.left(page.getLeft());
            }
            for (WidgetSummary w : page.get().items()) {
                if (seen.add(w.id())) {
                    all.add(w);
                }
            }
        }
        return Either.right(List.copyOf(all));
    }

    /** The error for a walk that would have to go past the offset cap. */
    static Invalid pastTheOffsetCap(ListQuery next) {
        return Invalid.of("offset", "more widgets match past the API's offset cap of " + ListQuery.MAX_OFFSET
                + " (the next page starts at " + next.offset() + "): narrow the query with filters to read them");
    }

    /** Fetches lazily: the next page only when asked whether there is one. */
    private final class Pages implements Iterator<Either<ChatWidgetError, Page<WidgetSummary>>> {
        private ListQuery next = first;
        private boolean started;
        private boolean failed;

        @Override
        public boolean hasNext() {
            return !failed && (!started || next != null);
        }

        @Override
        public Either<ChatWidgetError, Page<WidgetSummary>> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Either<ChatWidgetError, Page<WidgetSummary>> page = started && next.offset() > ListQuery.MAX_OFFSET
                    ? Either.left(pastTheOffsetCap(next)) : list.apply(next);
            started = true;
            failed = page.isLeft();
            next = page.isLeft() ? null : page.get().nextQuery().orElse(null);
            return page;
        }
    }

    /** Flattens pages into widgets, leaving out ids already read. */
    private static final class Widgets implements Iterator<WidgetSummary> {
        private final Iterator<Either<ChatWidgetError, Page<WidgetSummary>>> pages;
        private final Set<WidgetId> seen = new HashSet<>();
        private Iterator<WidgetSummary> current = java.util.Collections.emptyIterator();
        private WidgetSummary ahead;

        Widgets(Iterator<Either<ChatWidgetError, Page<WidgetSummary>>> pages) {
            this.pages = pages;
        }

        @Override
        public boolean hasNext() {
            while (ahead == null) {
                if (current.hasNext()) {
                    WidgetSummary w = current.next();
                    ahead = seen.add(w.id()) ? w : null;
                } else if (pages.hasNext()) {
                    current = pages.next().getOrElseThrow(ChatWidgetException::new).items().iterator();
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public WidgetSummary next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            WidgetSummary out = ahead;
            ahead = null;
            return out;
        }
    }
}
