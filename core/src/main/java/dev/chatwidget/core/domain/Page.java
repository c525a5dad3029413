package dev.chatwidget.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list: the items and {@code totalCount}, which counts every match regardless of offset and limit.
 *
 * @param query         the query that produced this page, so the next one can be asked for
 * @param totalReported whether the service sent {@code totalCount}; when it did not, {@code totalCount} is only
 *                      what this page proves ({@code offset + items})
 */
public record Page<T>(List<T> items, long totalCount, ListQuery query, boolean totalReported) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(query, "query");
        if (totalCount < 0) {
            throw new IllegalArgumentException("totalCount must be >= 0");
        }
    }

    /** A page whose {@code totalCount} the service reported. */
    public Page(List<T> items, long totalCount, ListQuery query) {
        this(items, totalCount, query, true);
    }

    /**
     * Whether matches may lie past this page. A reported {@code totalCount} beyond this page says so; one that
     * ends exactly here says no. When it is missing, or smaller than what the pages already hold (the service
     * miscounts, or the location changed), a full page says there may be more: asking costs one call, stopping
     * would drop widgets silently.
     */
    public boolean hasNext() {
        if (items.isEmpty()) {
            return false;
        }
        long end = (long) query.offset() + items.size();
        if (totalReported && totalCount > end) {
            return true;
        }
        if (totalReported && totalCount == end) {
            return false;
        }
        return items.size() >= query.limit();
    }

    /** The query for the page after this one, if there is one (its offset may lie past the API's cap). */
    public Optional<ListQuery> nextQuery() {
        return hasNext() ? Optional.of(query.withOffset(query.offset() + items.size())) : Optional.empty();
    }
}
