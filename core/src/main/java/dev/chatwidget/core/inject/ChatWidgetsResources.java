package dev.chatwidget.core.inject;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an injector's chat widgets hold open (HTTP clients and their connection pools). Close it when the
 * application stops: {@code injector.getInstance(ChatWidgetsResources.class).close()}. Closing twice is harmless.
 */
@Singleton
public final class ChatWidgetsResources implements AutoCloseable {

    private final List<AutoCloseable> resources;
    private boolean closed;

    @Inject
    public ChatWidgetsResources(@ForChatWidgets Set<AutoCloseable> resources) {
        this.resources = List.copyOf(Objects.requireNonNull(resources, "resources"));
    }

    /** Whether {@link #close()} has run. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Closes every resource, last bound first; one that fails to close does not keep the others open (its failure
     * is thrown afterwards, with any further ones suppressed).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        java.util.Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close a chat-widget resource", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
