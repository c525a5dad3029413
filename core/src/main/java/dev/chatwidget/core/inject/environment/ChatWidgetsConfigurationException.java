package dev.chatwidget.core.inject.environment;

/** The environment does not say how to build the chat widgets; the message says exactly what to set. */
public final class ChatWidgetsConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ChatWidgetsConfigurationException(String message) {
        super(message);
    }
}
