package dev.chatwidget.core.error;

import java.util.Objects;

/**
 * The one-step escape for callers who prefer exceptions:
 * {@code widgets.get(loc, id).getOrElseThrow(ChatWidgetException::new)}.
 */
public final class ChatWidgetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ChatWidgetError error;

    public ChatWidgetException(ChatWidgetError error) {
        super(Objects.requireNonNull(error, "error").message(), null, false, true);
        this.error = error;
    }

    public ChatWidgetError error() {
        return error;
    }
}
