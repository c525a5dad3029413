package dev.chatwidget.spring.boot.readme;

import dev.chatwidget.core.domain.ChatType;
import dev.chatwidget.core.domain.ChatWidget;
import dev.chatwidget.core.domain.LocationId;
import dev.chatwidget.core.domain.NewWidget;
import dev.chatwidget.core.error.ChatWidgetException;
import dev.chatwidget.core.port.in.ChatWidgets;
import org.springframework.stereotype.Service;

// README
@Service
public class SupportWidgets {

    private final ChatWidgets widgets;

    public SupportWidgets(ChatWidgets widgets) {
        this.widgets = widgets;
    }

    public ChatWidget openSupportChat(LocationId location) {
        return widgets.create(NewWidget.of(location, ChatType.LIVE_CHAT, "Support"))
                .getOrElseThrow(ChatWidgetException::new);
    }
}
// END README
