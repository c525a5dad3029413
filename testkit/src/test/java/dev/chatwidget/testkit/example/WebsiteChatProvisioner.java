package dev.chatwidget.testkit.example;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.ListQuery;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.domain.WidgetUpdate;
import dev.chatwidget.core.error.ChatWidgetError;
import dev.chatwidget.core.port.in.ChatWidgets;
import io.vavr.control.Either;

/** Example application code (the README's "Testing your code"): makes sure a location's website chat is its default. */
public final class WebsiteChatProvisioner {

    static final String NAME = "Website chat";

    private final ChatWidgets widgets;

    public WebsiteChatProvisioner(ChatWidgets widgets) {
        this.widgets = widgets;
    }

    public Either<ChatWidgetError, ChatWidget> ensureWebsiteChat(LocationId location) {
        ListQuery liveChats = ListQuery.of(location).withChatType(ChatType.LIVE_CHAT).withLimit(100);
        return widgets.listAll(liveChats).flatMap(existing -> existing.stream()
                .filter(w -> w.name().equals(NAME))
                .findFirst()
                .map(w -> widgets.patch(location, w.id(), WidgetUpdate.none().withDefault(true)))
                .orElseGet(() -> widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, NAME).withDefault(true))));
    }
}
