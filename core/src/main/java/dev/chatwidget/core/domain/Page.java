package dev.chatwidget.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list: the items and {@code totalCount}, which counts every match regardless of offset and limit.
 *
 * @param query the query that produced this page, so the next one can be asked for
 */
public record Page<T>(List<T> items, long totalCount, ListQuery query) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(query, "query");
        if (totalCount < 0) {
            throw new IllegalArgumentException("totalCount must be >= 0");
        }
    }

    /** Whether matches lie past this page. */
    public boolean hasNext() {
        return query.offset() + items.size() < totalCount && !items.isEmpty();
    }

    /** The query for the page after this one, if there is one. */
    public Optional<ListQuery> nextQuery() {
        return hasNext() ? Optional.of(query.withOffset(query.offset() + items.size())) : Optional.empty();
    }
}
