package dev.chatwidget.testkit.assertions;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.WidgetId;
import dev.chatwidget.core.domain.WidgetSummary;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a list page: {@code assertThat(page).hasTotalCount(3).containsExactlyIds(a, b)}. */
public final class PageAssert extends AbstractAssert<PageAssert, Page<WidgetSummary>> {

    PageAssert(Page<WidgetSummary> actual) {
        super(actual, PageAssert.class);
    }

    public PageAssert hasTotalCount(long expected) {
        isNotNull();
        if (actual.totalCount() != expected) {
            failWithMessage("Expected totalCount %s but was %s", expected, actual.totalCount());
        }
        return this;
    }

    public PageAssert hasSize(int expected) {
        isNotNull();
        if (actual.items().size() != expected) {
            failWithMessage("Expected %s items on the page but found %s: %s", expected, actual.items().size(), ids());
        }
        return this;
    }

    public PageAssert isEmpty() {
        return hasSize(0);
    }

    /** The page holds exactly these widgets, in this order. */
    public PageAssert containsExactlyIds(WidgetId... expected) {
        isNotNull();
        if (!ids().equals(Arrays.asList(expected))) {
            failWithMessage("Expected page ids %s but were %s", Arrays.asList(expected), ids());
        }
        return this;
    }

    public PageAssert allHaveChatTypeIn(ChatType... types) {
        isNotNull();
        List<ChatType> allowed = Arrays.asList(types);
        actual.items().stream().filter(w -> !allowed.contains(w.chatType())).findFirst().ifPresent(w ->
                failWithMessage("Expected every item to have a chatType in %s but %s has %s", allowed, w.id(), w.chatType()));
        return this;
    }

    public PageAssert hasExactlyOneDefault() {
        isNotNull();
        long defaults = actual.items().stream().filter(WidgetSummary::isDefault).count();
        if (defaults != 1) {
            failWithMessage("Expected exactly one default on the page but found %s", defaults);
        }
        return this;
    }

    private List<WidgetId> ids() {
        return actual.items().stream().map(WidgetSummary::id).toList();
    }
}
