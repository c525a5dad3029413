package dev.chatwidget.spring.boot;

import dev.chatwidget.core.inject.environment.ChatWidgetsConfigurationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which adapter a context uses: the one {@code highlevel.chat-widget.adapter} names, else the first HTTP adapter on
 * the classpath, else the in-memory fake (with a warning: no call reaches the service then).
 *
 * @param adapter  the adapter
 * @param defaulted whether no property chose it
 */
public record AdapterChoice(ChatWidgetAdapter adapter, boolean defaulted) {

    private static final System.Logger LOG = System.getLogger(AdapterChoice.class.getName());
    static final String PROPERTY = ChatWidgetProperties.PREFIX + ".adapter";

    /** Chooses from the property's value (null or blank: unset) and what {@code loader} can load. */
    static AdapterChoice choose(String property, ClassLoader loader) {
        if (property == null || property.isBlank()) {
            List<ChatWidgetAdapter> http = ChatWidgetAdapter.httpPresentIn(loader);
            if (!http.isEmpty()) {
                return new AdapterChoice(http.get(0), true);
            }
            return new AdapterChoice(ChatWidgetAdapter.INMEMORY, true);
        }
        ChatWidgetAdapter named = ChatWidgetAdapter.named(property).orElseThrow(() ->
                new ChatWidgetsConfigurationException(PROPERTY + " must be one of " + Arrays.stream(
                        ChatWidgetAdapter.values()).map(ChatWidgetAdapter::propertyValue)
                        .collect(Collectors.joining(", ")) + " (was '" + property + "')"));
        if (!named.presentIn(loader)) {
            throw new ChatWidgetsConfigurationException(PROPERTY + " is " + named.propertyValue()
                    + " but that adapter is not on the classpath: add the dependency dev.chatwidget:"
                    + named.artifactId());
        }
        return new AdapterChoice(named, false);
    }

    /** Says once, at start-up, when the fake was chosen only because no HTTP adapter is on the classpath. */
    void warnIfDefaultedToFake() {
        if (defaulted && adapter == ChatWidgetAdapter.INMEMORY) {
            LOG.log(System.Logger.Level.WARNING, "chat-widget: no HTTP adapter on the classpath, so ChatWidgets "
                    + "runs on the in-memory fake and no call reaches HighLevel; add "
                    + "dev.chatwidget:chat-widget-adapter-http-apache (or -jersey, -jdk), or set " + PROPERTY
                    + "=inmemory to say that is what you want");
        }
    }
}
