package dev.chatwidget.cli;

import dev.chatwidget.adapter.http.wire.WireCodec;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.Deleted;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.Page;
import dev.chatwidget.core.domain.PublicConfig;
import dev.chatwidget.core.domain.WidgetSummary;
import dev.chatwidget.core.error.ChatWidgetError;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Prints a command's outcome: the result on stdout (a table, or exactly the API's JSON for it) and exit status 0,
 * or the error on stderr and exit status 1.
 */
final class Printer {

    private static final WireCodec WIRE = WireCodec.instance();
    private static final String[] COLUMNS = {"id", "name", "chatType", "default", "createdAt"};

    private final Terminal terminal;
    private final OutputFormat format;

    Printer(Terminal terminal, OutputFormat format) {
        this.terminal = terminal;
        this.format = format;
    }

    int widget(Either<ChatWidgetError, ChatWidget> result) {
        return print(result, WIRE::encodeWidget, w -> new TextTable(COLUMNS)
                .row(w.id(), w.name(), w.chatType(), yesNo(w.isDefault()), seconds(w.createdAt())).render());
    }

    int page(Either<ChatWidgetError, Page<WidgetSummary>> result) {
        return print(result, WIRE::encodePage, page -> summaries(page.items()) + footer(page));
    }

    /** Every page's items as one list response, {@code totalCount} being the number of items. */
    int all(Either<ChatWidgetError, List<WidgetSummary>> result, ListQuery query) {
        return print(result, items -> WIRE.encodePage(new Page<>(items, items.size(), query)),
                items -> summaries(items) + items.size() + (items.size() == 1 ? " widget" : " widgets")
                        + System.lineSeparator());
    }

    /** The deleted widget as the service answered it (JSON: exactly its body), or what the call named. */
    int deleted(Either<ChatWidgetError, Deleted> result) {
        return print(result, WIRE::encodeDeleted, d -> "Deleted widget " + d.id() + " of location "
                + d.locationId() + System.lineSeparator() + d.widget().map(w -> new TextTable(COLUMNS)
                .row(w.id(), w.name(), w.chatType(), yesNo(w.isDefault()), seconds(w.createdAt())).render())
                .orElse(""));
    }

    int publicConfig(Either<ChatWidgetError, PublicConfig> result) {
        return print(result, WIRE::encodePublicConfig, c -> new TextTable("id", "name", "chatType", "version",
                "locationId").row(c.id(), c.name(), c.chatType(), c.version(), c.locationId()).render());
    }

    private <T> int print(Either<ChatWidgetError, T> result, Function<T, byte[]> json, Function<T, String> table) {
        if (result.isLeft()) {
            return error(result.getLeft());
        }
        if (format == OutputFormat.JSON) {
            terminal.out().println(new String(json.apply(result.get()), StandardCharsets.UTF_8));
        } else {
            terminal.out().print(table.apply(result.get()));
        }
        terminal.out().flush();
        return ChatWidgetCli.OK;
    }

    private int error(ChatWidgetError error) {
        String kind = error.getClass().getSimpleName();
        String status = error.status() == 0 ? "" : " (" + error.status() + ")";
        String trace = error.traceId().map(id -> " [traceId " + id + "]").orElse("");
        terminal.error(kind + status + ": " + Strings.printable(error.message()) + trace);
        return ChatWidgetCli.API_ERROR;
    }

    private static String summaries(List<WidgetSummary> items) {
        TextTable table = new TextTable(COLUMNS);
        for (WidgetSummary w : items) {
            table.row(w.id(), w.name(), w.chatType(), yesNo(w.isDefault()), seconds(w.createdAt()));
        }
        return table.hasRows() ? table.render() : "No widgets." + System.lineSeparator();
    }

    private static String footer(Page<WidgetSummary> page) {
        int shown = page.items().size();
        long total = page.totalCount();
        int offset = page.query().offset();
        if (!page.totalReported()) {
            return shown == 0 ? "" : "Widgets " + (offset + 1) + "-" + (offset + shown)
                    + " (the service sent no total)" + System.lineSeparator();
        }
        if (shown == 0) {
            return total == 0 ? "" : total + " in all; none at offset " + offset + System.lineSeparator();
        }
        return "Widgets " + (offset + 1) + "-" + (offset + shown) + " of " + total + System.lineSeparator();
    }

    /** Tables show times to the second; the JSON keeps them exact. */
    private static Instant seconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
