package dev.chatwidget.core.domain;

/** Where new widget ids come from (injected, so tests can make them predictable). */
@FunctionalInterface
public interface WidgetIdSource {

    WidgetId next();
}
